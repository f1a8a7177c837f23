package org.pragma.randomization.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pragma.randomization.Arm;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.RandomizationEngine;
import org.pragma.randomization.RandomizationRequest;
import org.pragma.randomization.RandomizationResult;

/**
 * The three speed targets, each a full {@link RandomizationEngine#randomize} call (space,
 * cutoff, draw, balance table; validity check off) with 6 Gaussian covariates, run in a JVM
 * limited to a 256 MB heap ({@code -Xmx256m}): 20 clusters 10/10 enumerated (184,756), 28
 * clusters 14/14 enumerated (40,116,600), and 1,000,000 distinct draws of 33 clusters into 3×11;
 * and the spaces too large to hold in that heap, found by passes ({@code StreamedSelection}): 30
 * clusters 15/15 (155,117,520) and 32 clusters 16/16 (601,080,390).
 * Run with {@code bench.sh}; never part of the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class RandomizationBenchmark {
  private final RandomizationEngine engine = new RandomizationEngine();
  private RandomizationRequest twenty;
  private RandomizationRequest twentyEight;
  private RandomizationRequest thirtyThree;
  private RandomizationRequest thirty;
  private RandomizationRequest thirtyTwo;

  static List<Cluster> clusters(int n, long seed) {
    Random random = new Random(seed);
    List<Cluster> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> values = new java.util.HashMap<>();
      for (int k = 0; k < 6; k++) {
        values.put("x" + k, Double.toString(random.nextGaussian()));
      }
      list.add(new Cluster("site" + i, values));
    }
    return list;
  }

  static RandomizationRequest.Builder base(int n) {
    List<Covariate> covariates = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      covariates.add(Covariate.numeric("x" + k));
    }
    return RandomizationRequest.builder().clusters(clusters(n, n)).covariates(covariates).checkValidity(false);
  }

  @Setup(Level.Trial)
  public void setUp() {
    twenty = base(20).treated(10, 20).enumerationLimit(Long.MAX_VALUE).build();
    twentyEight = base(28).treated(14, 28).enumerationLimit(Long.MAX_VALUE).build();
    thirty = base(30).treated(15, 30).enumerationLimit(Long.MAX_VALUE).build();
    thirtyTwo = base(32).treated(16, 32).enumerationLimit(Long.MAX_VALUE).build();
    thirtyThree = base(33).arms(List.of(new Arm("A", 11), new Arm("B", 11), new Arm("C", 11)))
        .enumerationLimit(0).simulationCount(1_000_000).build();
  }

  @Benchmark
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 10, time = 1)
  public RandomizationResult enumerate20Clusters184756() {
    return engine.randomize(twenty);
  }

  @Benchmark
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 5, time = 1)
  public RandomizationResult enumerate28Clusters40116600() {
    return engine.randomize(twentyEight);
  }

  @Benchmark
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 5, time = 1)
  public RandomizationResult simulate33ClustersThreeArmsMillion() {
    return engine.randomize(thirtyThree);
  }

  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public RandomizationResult enumerate30Clusters155117520() {
    return engine.randomize(thirty);
  }

  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public RandomizationResult enumerate32Clusters601080390() {
    return engine.randomize(thirtyTwo);
  }
}
