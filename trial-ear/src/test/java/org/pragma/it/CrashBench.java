package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code bench/crash.sh} (never part of {@code verify}): in each of {@code bench.rounds} rounds, the
 * load of {@link LoadDriver} runs, the server's JVM is killed with SIGKILL ({@code kill -9}) in the
 * middle of it, restarted with {@code asadmin start-domain}, and once the load has ended the database
 * is checked: every enrollment acknowledged with 201 present and complete, no patient half written,
 * study IDs gap-free, every committed audit entry sealed and the chain intact. Requests that failed
 * while the server was down are expected; a wrong database is not.
 */
@ExtendWith(ArquillianExtension.class)
class CrashBench {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void killedInTheMiddleOfTheLoadTheServerComesBackWithEveryAcknowledgedEnrollmentAndAnIntactTrail() throws Exception {
    int rounds = Integer.getInteger("bench.rounds", 5);
    int seconds = Integer.getInteger("bench.seconds", 20);
    StringBuilder text = new StringBuilder("Crash: " + System.getProperty("it.db.url", "?").replaceAll(";.*", "") + "\n");
    List<String> failed = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      LoadDriver load = new LoadDriver(base, Integer.getInteger("bench.clients", 20), Integer.getInteger("bench.sites", 12),
          Duration.ofSeconds(seconds));
      double[] restart = new double[1];
      LoadDriver.Report report = load.run(() -> {
        sleep(seconds * 1000L / 2);
        long killed = System.nanoTime();
        killServer();
        restartServer();
        restart[0] = (System.nanoTime() - killed) / 1e9;
      });
      List<String> problems = load.verifyDatabase(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
          System.getProperty("it.db.password"), ItUsers.admin(base));
      String line = String.format("  round %d: %d enrollments acknowledged, %d requests failed while the server was down or"
              + " restarting, restart took %.0f s: %s%n", round, report.enrolled().size(), report.errors(),
          restart[0], problems.isEmpty()
              ? "all acknowledged enrollments present and complete, IDs gap-free, no unsealed audit entry, chain intact"
              : "PROBLEMS " + problems);
      System.out.print(line);
      text.append(line);
      if (!problems.isEmpty()) {
        failed.add("round " + round + ": " + problems);
      }
    }
    Path out = Path.of("target", "bench", "crash.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    assertThat(failed).isEmpty();
  }

  /** SIGKILL to the domain's JVM: no shutdown hook, no commit, no flush runs. */
  private static void killServer() {
    String domain = System.getProperty("pragma.it.domain");
    ProcessHandle server = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain") && c.contains("-domainname " + domain)).orElse(false))
        .findFirst().orElseThrow(() -> new IllegalStateException("No running server of domain " + domain));
    server.destroyForcibly();
    server.onExit().join();
  }

  private void restartServer() {
    String asadmin = System.getProperty("payara.home") + "/bin/asadmin";
    try {
      Process start = new ProcessBuilder("sh", asadmin, "start-domain", System.getProperty("pragma.it.domain"))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (start.waitFor() != 0) {
        throw new IllegalStateException("asadmin start-domain failed");
      }
      long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (System.nanoTime() < until) {
        try {
          if (ItUsers.admin(base).get("api/studies").statusCode() == 200) {
            return;
          }
        } catch (RuntimeException down) {
          // not listening yet
        }
        sleep(1000);
      }
      throw new IllegalStateException("The server did not come back within 4 minutes");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
