package org.pragma.randomization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in its own JVM with a 256 MB heap ({@code -Xmx256m}), as a statistician runs it:
 * a 30-cluster space (155 million allocations, which used to end in an OutOfMemoryError and a stack
 * trace) is enumerated; what cannot fit is refused in one line naming the space's size and what to
 * do instead, never with an OutOfMemoryError.
 */
class LargeSpaceCommandLineTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), PragmaRandomize.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished within 5 minutes").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path clusters(int n) throws IOException {
    Random random = new Random(n);
    StringBuilder csv = new StringBuilder("id,x0,x1,x2,x3,x4,x5\n");
    for (int i = 0; i < n; i++) {
      csv.append("s").append(i);
      for (int k = 0; k < 6; k++) {
        csv.append(',').append(String.format(Locale.ROOT, "%.6f", random.nextGaussian()));
      }
      csv.append('\n');
    }
    Path file = dir.resolve("clusters" + n + ".csv");
    Files.writeString(file, csv);
    return file;
  }

  private static final String COVARIATES = "x0,x1,x2,x3,x4,x5";

  @Test
  void thirtyClustersFifteenFifteenAreEnumeratedInA256MegabyteHeap() throws Exception {
    Run r = java("randomize", "--clusters", clusters(30).toString(), "--id", "id", "--covariates", COVARIATES,
        "--treated", "15", "--enumerate", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"total_allocations\":155117520", "\"constrained_size\":15511752",
        "\"enumerated\":true", "\"chosen_rank\":");
  }

  @Test
  void theValidityCheckOfThatSpaceIsRefusedInOneLineNamingItsSize() throws Exception {
    Run r = java("randomize", "--clusters", clusters(30).toString(), "--id", "id", "--covariates", COVARIATES,
        "--treated", "15", "--enumerate", "--validity");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("pragma-randomize: the validity check needs the 15,511,752 kept allocations of this space of "
            + "155,117,520 in memory (about 237 MB), more than this Java heap allows (")
        .contains("--simulate").doesNotContain("Exception", "\tat ");
  }

  @Test
  void aThreeArmEnumerationOrSimulationTooLargeForTheHeapIsRefusedInOneLine() throws Exception {
    Path file = clusters(18);
    Run enumerate = java("randomize", "--clusters", file.toString(), "--id", "id", "--covariates", COVARIATES,
        "--arms", "A=6,B=6,C=6", "--enumerate");
    assertThat(enumerate.code()).isEqualTo(1);
    assertThat(enumerate.err().lines().toList()).singleElement().asString()
        .startsWith("pragma-randomize: enumerating the 17,153,136 allocations of 3 arms needs about 1,047 MB, "
            + "more than this Java heap allows (")
        .contains("--simulate").doesNotContain("Exception");
    Run simulate = java("randomize", "--clusters", file.toString(), "--id", "id", "--covariates", COVARIATES,
        "--arms", "A=6,B=6,C=6", "--simulate", "5000000");
    assertThat(simulate.code()).isEqualTo(1);
    assertThat(simulate.err().lines().toList()).singleElement().asString()
        .startsWith("pragma-randomize: drawing 5,000,000 distinct allocations (of 17,153,136) needs about 306 MB, "
            + "more than this Java heap allows (")
        .contains("--simulate").doesNotContain("Exception");
  }
}
