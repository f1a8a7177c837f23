package org.pragma.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated R script on a small export, where R is installed (Debian: r-base-core). */
class RImportScriptTest {
  @TempDir Path temp;

  private static boolean rscriptOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "Rscript"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theRScriptReadsTheExportAndAppliesLabelsAndMissingCodes() throws Exception {
    assumeTrue(rscriptOnPath(), "Rscript is not installed (apt-get install r-base-core): the R script is not run");
    Map<String, byte[]> entries =
        AnalysisExportTest.entries(AnalysisExportTest.export(temp.resolve("work"), EnumSet.of(Format.CSV)));
    Path dir = Files.createDirectories(temp.resolve("unzipped"));
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    String check = String.join("; ",
        "source('import.R')",
        "cat(nrow(patients), class(patients$age), attr(patients$age, 'label'), sep = '|')",
        "cat('|', as.character(patients$arm), sep = ',')",
        "cat('|', format(patients$odi_month_3), sep = ',')",
        "cat('|', format(patients$enrolled_on), sep = ',')",
        "cat('|', patients$note[3], sep = '')");
    Process r = new ProcessBuilder("Rscript", "-e", check).directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(r.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("5|numeric|Age at enrollment")
        .contains("|,ICE,Usual care,ICE,ICE,Usual care")
        .contains("|,42.3,  NA,  NA,-3.0,  NA")
        .contains("|,2026-03-01,2026-04-02,NA,2026-05-03,2026-06-04")
        .contains("|a, \"quoted\"\nline");
  }
}
