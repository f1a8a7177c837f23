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
    assertThat(test.out()).contains("\"schemes\":1287", "\"cluster_mean_residuals\":{");

    // Independently, in exact integers: with no covariates the residual is y - mean(y), so county i's
    // mean residual m_i = (i%3 + i%5)/2 - S/32 (S = sum of all 32 outcomes); 64·m_i is an integer.
    // D = sum of m over treated minus sum over control; p = share of kept schemes with |D| >= |D_chosen|.
    long sum = 0;
    for (int i = 1; i <= 16; i++) {
      sum += i % 3 + i % 5;
    }
    long[] m64 = new long[17];
    for (int i = 1; i <= 16; i++) {
      m64[i] = 32L * (i % 3 + i % 5) - 2 * sum;
    }
    List<Long> kept = new java.util.ArrayList<>();
    long chosen = Long.MIN_VALUE;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (!f[2].equals("1")) {
        continue;
      }
      java.util.Set<String> treated = java.util.Set.of(f[0].split(";"));
      long d = 0;
      for (int i = 1; i <= 16; i++) {
        d += treated.contains(Integer.toString(i)) ? m64[i] : -m64[i];
      }
      kept.add(d);
      if (f[3].equals("1")) {
        chosen = d;
      }
    }
    long observed = Math.abs(chosen);
    long asExtreme = kept.stream().filter(d -> Math.abs(d) >= observed).count();
    assertThat(kept).hasSize(1287);
    assertThat(number(test.out(), "p_value")).isCloseTo((double) asExtreme / 1287, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(number(test.out(), "statistic")).isCloseTo(chosen / 64.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(number(test.out(), "p_value")).as("a p-value of a draw from the space is never 0").isPositive();
  }

  /** A number field of the JSON output. */
  private static double number(String json, String field) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":(-?[0-9.Ee+-]+)").matcher(json);
    assertThat(m.find()).as(field + " in " + json).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void aTinyCptestByHandAsJson() throws Exception {
    Path saved = dir.resolve("tiny.csv");
    // four schemes of 2 of 4 clusters; the chosen one (A,D) is the second
    Files.writeString(saved, "\"SchemeChosen\",\"\",\"\",\"\",\"\"\n0,1,1,0,0\n1,1,0,0,1\n0,0,1,1,0\n0,1,0,1,0\n");
    Path outcome = dir.resolve("tiny-o.csv");
    Files.writeString(outcome, "c,y\nA,2\nA,4\nB,0\nC,5\nD,9\nD,7\n");
    Run r = run("cptest", "--space", saved.toString(), "--outcome", outcome.toString(), "--cluster", "c", "--y", "y", "--json");
    // mean y = 27/6 = 4.5; cluster mean residuals A -1.5, B -4.5, C 0.5, D 3.5
    // D(AB) = (-1.5-4.5) - (0.5+3.5) = -10; D(AD, chosen) = (-1.5+3.5) - (-4.5+0.5) = 6
    // D(BC) = (-4.5+0.5) - (-1.5+3.5) = -6; D(AC) = (-1.5+0.5) - (-4.5+3.5) = 0
    // |D| >= 6 for AB, AD and BC: p = 3/4
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(number(r.out(), "statistic")).isCloseTo(6.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(number(r.out(), "p_value")).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-12));
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
