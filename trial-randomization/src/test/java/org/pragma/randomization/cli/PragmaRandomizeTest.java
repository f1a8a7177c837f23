package org.pragma.randomization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: outputs, the space file round trip into cptest, and errors. */
class PragmaRandomizeTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PragmaRandomize.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path dickinson() throws Exception {
    return Path.of(getClass().getResource("/dickinson_design.csv").toURI());
  }

  @Test
  void printsTheDickinsonRandomizationAsJsonWithTotalsAndCutoffScore() throws Exception {
    Run r = run("randomize", "--clusters", dickinson().toString(), "--id", "cluster",
        "--covariates", "inciis,uptodateonimmunizations,hispanic", "--categorical", "location,incomecat",
        "--treated", "8", "--cutoff", "0.1", "--seed", "12345", "--json", "--validity");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"total_allocations\":12870", "\"constrained_size\":1287",
        "\"cutoff_score\":7.638", "\"allocation\":{\"1\":", "\"balance\":[", "\"warnings\":[");
  }

  @Test
  void writesEveryScoredAllocationAndCptestReadsItBack() throws Exception {
    Path space = dir.resolve("space.csv");
    Run r = run("randomize", "--clusters", dickinson().toString(), "--id", "cluster",
        "--covariates", "inciis,hispanic", "--treated", "8", "--space", space.toString());
    assertThat(r.code()).isZero();
    List<String> lines = Files.readAllLines(space);
    assertThat(lines).hasSize(12_871).first().isEqualTo("treated,score,in_space,chosen");
    assertThat(lines.stream().filter(l -> l.endsWith(",1,0") || l.endsWith(",1,1"))).hasSize(1287);
    assertThat(lines.stream().filter(l -> l.endsWith(",1"))).hasSize(1);
    Path outcome = dir.resolve("outcome.csv");
    StringBuilder csv = new StringBuilder("county,y\n");
    for (int i = 1; i <= 16; i++) {
      csv.append(i).append(',').append(i % 3).append('\n').append(i).append(',').append(i % 5).append('\n');
    }
    Files.writeString(outcome, csv);
    Run test = run("cptest", "--space", space.toString(), "--outcome", outcome.toString(),
        "--cluster", "county", "--y", "y", "--json");
    assertThat(test.code()).isZero();
    assertThat(test.out()).contains("\"p_value\":", "\"schemes\":1287", "\"cluster_mean_residuals\":{");
  }

  @Test
  void readsACvcrandSavedataFileAsItIs() throws Exception {
    Path saved = dir.resolve("saved.csv");
    Files.writeString(saved, "\"SchemeChosen\",\"\",\"\",\"\",\"\"\n0,1,1,0,0\n1,1,0,1,0\n0,0,1,1,0\n");
    Path outcome = dir.resolve("o.csv");
    Files.writeString(outcome, "c,y\nA,1\nB,2\nC,3\nD,10\n");
    Run r = run("cptest", "--space", saved.toString(), "--outcome", outcome.toString(), "--cluster", "c", "--y", "y");
    // residual means m = (-3, -2, -1, 6): D(AB) = -10, D(AC, chosen) = -8, D(BC) = -6; 2 of 3 as extreme
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("statistic: -8.000000000", "p-value: 0.666667 (over 3 schemes)");
  }

  @Test
  void rejectsANonNumericCovariateNamingFileRowAndColumn() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,x\n1,3\n2,abc\n3,4\n");
    Run r = run("randomize", "--clusters", bad.toString(), "--id", "id", "--covariates", "x", "--treated", "1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("pragma-randomize: " + bad + ", row 2, column x: 'abc' is not a number");
  }

  @Test
  void rejectsAConstantCovariateACutoffOutsideTheIntervalAndTooManySchemes() throws Exception {
    Path flat = dir.resolve("flat.csv");
    Files.writeString(flat, "id,x,z\n1,3,1\n2,3,2\n3,3,5\n4,3,2\n");
    assertThat(run("randomize", "--clusters", flat.toString(), "--id", "id", "--covariates", "x", "--treated", "2").err())
        .contains("covariate x is constant across clusters");
    Run cutoff = run("randomize", "--clusters", flat.toString(), "--id", "id", "--covariates", "z", "--treated", "2",
        "--cutoff", "1.5");
    assertThat(cutoff.code()).isEqualTo(1);
    assertThat(cutoff.err()).contains("cutoff must be strictly between 0 and 1");
    assertThat(run("randomize", "--clusters", flat.toString(), "--id", "id", "--covariates", "z", "--treated", "2",
        "--schemes", "6").err()).contains("schemes 6 must be fewer than the 6 allocations scored");
    assertThat(run("randomize", "--clusters", flat.toString(), "--id", "id", "--covariates", "z",
        "--arms", "A=2,B=2,C=2,D=2,E=2").err()).contains("too few clusters (4) for 5 arms");
    assertThat(run("randomize", "--clusters", flat.toString(), "--id", "id", "--metric", "L3", "--covariates", "z",
        "--treated", "2").err().lines().count()).isEqualTo(1);
  }

  @Test
  void randomizesThreeArmsAndWritesArmCodes() throws Exception {
    Path space = dir.resolve("k.csv");
    Run r = run("randomize", "--clusters", dickinson().toString(), "--id", "cluster", "--covariates", "inciis,hispanic",
        "--arms", "A=1,B=1,C=1", "--simulate", "2000", "--space", space.toString(), "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"A\":", "\"constrained_size\":200", "\"enumerated\":false");
    List<String> lines = Files.readAllLines(space);
    assertThat(lines).hasSize(2001);
    assertThat(lines.get(1).split(",")[0].split(";")).hasSize(16);
  }

  @Test
  void reportsTheMatchedPairsOfAPairMatchedRandomization() throws Exception {
    Path csv = dir.resolve("pairs.csv");
    Files.writeString(csv, "id,x\nA,1.0\nB,5.0\nC,1.1\nD,5.3\n");
    Run json = run("randomize", "--clusters", csv.toString(), "--id", "id", "--covariates", "x", "--treated", "2",
        "--method", "pair-matched", "--json");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"pairs\":[[\"A\",\"C\"],[\"B\",\"D\"]]");
    Run text = run("randomize", "--clusters", csv.toString(), "--id", "id", "--covariates", "x", "--treated", "2",
        "--method", "pair-matched");
    assertThat(text.out()).contains("Matched pairs (closest first)");
  }
}
