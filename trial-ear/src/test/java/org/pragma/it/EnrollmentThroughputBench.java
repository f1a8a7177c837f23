package org.pragma.it;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrollment throughput over REST against the real EAR and database: {@code bench/enrollment.sh}
 * runs it (never part of {@code verify}). Patients are enrolled at one clinic, the worst case, since
 * enrollments at one site are serialized by the site lock. Prints and writes the figures; asserts
 * nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class EnrollmentThroughputBench {
  private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
  private static final int PATIENTS = Integer.getInteger("bench.patients", 400);
  private static final int WARM_UP = 40;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void enrollAtOneClinicFromParallelClients() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    List<Http> clients = IntStream.range(0, CLIENTS)
        .mapToObj(i -> ItUsers.create(base, "COORDINATOR", trial.study() + "/S1").http()).toList();
    String path = "api/studies/" + trial.study() + "/sites/S1/patients";
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < WARM_UP + PATIENTS + 50; i++) {
      long screening = Trials.screen(clients.get(i % CLIENTS), trial.study(), "S1", Trials.spineCareScreening("low-back", true));
      bodies.add(Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(i % 2, 2)));
    }

    run(clients, path, bodies.subList(0, WARM_UP), CLIENTS);
    Result sequential = run(clients, path, bodies.subList(WARM_UP, WARM_UP + 50), 1);
    Result parallel = run(clients, path, bodies.subList(WARM_UP + 50, bodies.size()), CLIENTS);

    String report = String.format(
        "Enrollment throughput (%s)%n  1 client : %d patients in %.2f s = %.1f patients/s, latency p50 %d ms, p95 %d ms%n"
            + "  %d clients: %d patients in %.2f s = %.1f patients/s, latency p50 %d ms, p95 %d ms%n",
        System.getProperty("it.db.url", "?").replaceAll(";.*", ""), sequential.count, sequential.seconds, sequential.perSecond(),
        sequential.p(50), sequential.p(95), CLIENTS, parallel.count, parallel.seconds, parallel.perSecond(), parallel.p(50), parallel.p(95));
    System.out.print(report);
    Path out = Path.of("target", "bench", "enrollment.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private static Result run(List<Http> clients, String path, List<String> bodies, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long[] latencies = new long[bodies.size()];
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        int n = i;
        done.add(pool.submit(() -> {
          long t = System.nanoTime();
          HttpResponse<String> r = clients.get(n % clients.size()).postJson(path, bodies.get(n));
          latencies[n] = (System.nanoTime() - t) / 1_000_000;
          if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(bodies.size(), (System.nanoTime() - start) / 1e9, latencies);
  }

  private record Result(int count, double seconds, long[] latencies) {
    double perSecond() {
      return count / seconds;
    }

    long p(int percentile) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
  }
}
