package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The full load of {@code bench/load.sh} (never part of {@code verify}): {@code bench.clients}
 * coordinators' clients over {@code bench.sites} clinics for {@code bench.seconds}, then the database
 * check. Prints and writes the figures to {@code target/bench/load.txt}; fails only on errors or an
 * unsound database, never on speed.
 */
@ExtendWith(ArquillianExtension.class)
class LoadBench {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void busyTrialDayOverRest() throws Exception {
    LoadDriver load = new LoadDriver(base, Integer.getInteger("bench.clients", 50), Integer.getInteger("bench.sites", 30),
        Duration.ofSeconds(Integer.getInteger("bench.seconds", 60)));

    LoadDriver.Report report = load.run();
    List<String> problems = load.verifyDatabase(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
        System.getProperty("it.db.password"), ItUsers.admin(base));

    String text = "Database: " + System.getProperty("it.db.url", "?").replaceAll(";.*", "") + "\n" + report.text()
        + (problems.isEmpty() ? "  database verified: every acknowledged enrollment once and complete, IDs gap-free, audit chain intact\n"
            : "  DATABASE PROBLEMS: " + problems + "\n");
    System.out.print(text);
    Path out = Path.of("target", "bench", "load.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    assertThat(problems).isEmpty();
    assertThat(report.errors()).as(report.text()).isZero();
  }
}
