package org.pragma.it;

import java.io.BufferedWriter;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pragma.spending.ClaimsGenerator;

/**
 * Claims import speed and memory against the real EAR and database: {@code bench/claims-import.sh}
 * runs it (never part of {@code verify}). Enrolls patients, generates a seeded claims file of
 * {@code bench.lines} lines (2,000,000 by default), uploads it as a data manager, waits for the
 * import, and samples the server's used heap (MicroProfile Metrics) while it runs. The integration
 * test server runs with {@code -Xmx512m}, so an import that needed more would fail. Prints and
 * writes the figures; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimsImportBench {
  private static final long LINES = Long.getLong("bench.lines", 2_000_000);
  private static final int PATIENTS = Integer.getInteger("bench.patients", 100);
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern STUDY_ID = Pattern.compile("\"studyId\":\"([^\"]+)\"");
  /** {@code jcmd <pid> GC.heap_info}: "garbage-first heap   total 389120K, used 57048K". */
  private static final Pattern HEAP = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void importAClaimsFileOfMillionsOfLines() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("ice");
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    List<ClaimsGenerator.Patient> patients = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
      String body = Trials.expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
          Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(1, 2)))).body();
      Matcher m = STUDY_ID.matcher(body);
      m.find();
      patients.add(new ClaimsGenerator.Patient(m.group(1), Trials.today()));
    }
    Path file = Files.createTempFile("bench-claims-", ".csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ClaimsGenerator.write(out, patients, LINES, 20261124L, Trials.today());
    }
    long bytes = Files.size(file);

    ItUsers.User manager = ItUsers.create(base, "DATA_MANAGER");
    String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((manager.username() + ":" + manager.password()).getBytes(StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    AtomicLong peakHeap = new AtomicLong();
    // The server's heap, sampled from outside: the domain's JVM on this machine.
    long server = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("domains/" + System.getProperty("pragma.it.domain", "pragma-it") + "/"))
        .mapToLong(ProcessHandle::pid).findFirst().orElseThrow(() -> new AssertionError("no Payara server process of the IT domain"));
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Process jcmd = new ProcessBuilder("jcmd", String.valueOf(server), "GC.heap_info").redirectErrorStream(true).start();
          Matcher m = HEAP.matcher(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
          jcmd.waitFor();
          if (m.find()) {
            peakHeap.accumulateAndGet(Long.parseLong(m.group(1)) * 1024, Math::max);
          }
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // a missed sample
        }
      }
    });
    String boundary = "bench-" + UUID.randomUUID();
    HttpRequest upload = HttpRequest.newBuilder(base.toURI().resolve("api/studies/" + trial.study() + "/claims"))
        .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(30))
        .POST(HttpRequest.BodyPublishers.concat(
            HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nBench payer\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
            HttpRequest.BodyPublishers.ofFile(file),
            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
        .build();
    sampler.start();
    long start = System.nanoTime();
    HttpResponse<String> answer = client.send(upload, HttpResponse.BodyHandlers.ofString());
    String status = answer.body();
    String location = answer.headers().firstValue("Location").orElse(null);
    // A 202 (still importing after a minute) names the import to poll until it has finished.
    while (location != null && (status.contains("\"status\":\"RUNNING\"") || status.contains("\"status\":\"QUEUED\""))) {
      Thread.sleep(500);
      answer = client.send(HttpRequest.newBuilder(java.net.URI.create(location)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
      status = answer.body();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    Files.deleteIfExists(file);
    if (!status.contains("\"status\":\"IMPORTED\"")) {
      throw new AssertionError("the bench import did not finish: " + answer.statusCode() + " " + status);
    }
    String report = String.format("Claims import (%s)%n  %,d lines (%,d MB CSV) for %d patients in %.1f s = %,.0f lines/s;"
            + " server heap used at most %,d MB (limit -Xmx512m)%n",
        System.getProperty("it.db.url", "?").replaceAll(";.*", ""), LINES, bytes / (1024 * 1024), PATIENTS, seconds, LINES / seconds,
        peakHeap.get() / (1024 * 1024));
    System.out.print(report);
    Path out = Path.of("target/bench/claims-import.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }
}
