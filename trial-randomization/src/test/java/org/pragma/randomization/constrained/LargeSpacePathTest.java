package org.pragma.randomization.constrained;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pragma.randomization.BalanceMetric;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.TieRule;

/**
 * The large-space path of two-arm enumeration (no stored scores; a sample-estimated threshold,
 * then bucket selection) on mid-size spaces, against a brute-force stable sort of every allocation
 * in combn order: same allocations, same order, same scores (bit for bit), for any worker count.
 */
class LargeSpacePathTest {
  record Scored(long mask, double score) {}

  static final List<Covariate> COVARIATES = List.of(Covariate.numeric("a"), Covariate.numeric("b").withWeight(2),
      Covariate.categorical("c"));

  /** n clusters, never a constant covariate (cluster 0 stands out); with ties, few distinct values. */
  static List<Cluster> scorerClusters(int n, long seed, boolean ties) {
    Random random = new Random(seed);
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusters.add(new Cluster("c" + i, Map.of(
          "a", Double.toString(i == 0 ? 7.5 : ties ? random.nextInt(3) : random.nextGaussian()),
          "b", Double.toString(i == 0 ? 4 : ties ? random.nextInt(2) : random.nextGaussian() * 10),
          "c", Integer.toString(i % 3))));
    }
    return clusters;
  }

  static List<Cluster> scorerClusters(int n, long seed) {
    return scorerClusters(n, seed, false);
  }

  static BalanceScorer scorer(int n, long seed, boolean ties, BalanceMetric metric) {
    return new BalanceScorer(DesignMatrix.of(scorerClusters(n, seed, ties), COVARIATES), metric, 2);
  }

  /** Every allocation in combn order, stable-sorted by score: cvcrand's order(BL). */
  static List<Scored> bruteForce(BalanceScorer scorer, int n, int treated) {
    List<Scored> all = new ArrayList<>();
    new LexicographicAllocations(n, new int[] {treated, n - treated})
        .forEach(m -> all.add(new Scored(m[0], scorer.score(m[0]))));
    all.sort(Comparator.comparingDouble(Scored::score));
    return all;
  }

  @ParameterizedTest
  @CsvSource({
      "16, 8, 0.1, 1, false, L2, FIRST_IN_ORDER",
      "18, 9, 0.1, 2, false, L2, FIRST_IN_ORDER",
      "17, 6, 0.37, 3, false, L1, FIRST_IN_ORDER",
      "16, 8, 0.05, 4, true, L2, FIRST_IN_ORDER",
      "16, 8, 0.2, 5, true, L2, ALL_AT_CUTOFF_SCORE",
      "15, 7, 0.6, 6, true, L1, FIRST_IN_ORDER",
  })
  void largeSpacePathEqualsFullEnumeration(int n, int treated, double cutoff, long seed, boolean ties,
      BalanceMetric metric, TieRule tieRule) {
    BalanceScorer scorer = scorer(n, seed, ties, metric);
    int[] sizes = {treated, n - treated};
    SpaceRule rule = new SpaceRule(cutoff, 0, tieRule, Long.MAX_VALUE, 1);
    ConstrainedSpace exact = SpaceBuilder.build(scorer, sizes, rule, new MersenneTwister(1), Long.MAX_VALUE);
    ConstrainedSpace large = SpaceBuilder.build(scorer, sizes, rule, new MersenneTwister(1), 0);
    assertThat(exact.wholeDistribution().sampled()).isFalse();
    assertThat(large.wholeDistribution().sampled()).isTrue();

    List<Scored> sorted = bruteForce(scorer, n, treated);
    int cho = (int) Math.rint(sorted.size() * cutoff);
    int size = cho;
    while (tieRule == TieRule.ALL_AT_CUTOFF_SCORE && size < sorted.size()
        && sorted.get(size).score() == sorted.get(cho - 1).score()) {
      size++;
    }
    for (ConstrainedSpace space : List.of(exact, large)) {
      assertThat(space.size()).isEqualTo(size);
      assertThat(space.requestedSize()).isEqualTo(cho);
      for (int j = 0; j < size; j++) {
        assertThat(space.masks(j)[0]).as("rank %d", j).isEqualTo(sorted.get(j).mask());
        assertThat(space.score(j)).as("rank %d", j).isEqualTo(sorted.get(j).score());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3", "8", "64"})
  void keptAllocationsDoNotDependOnTheNumberOfWorkersNorOnRoom(int workers) {
    BalanceScorer scorer = scorer(18, 7, true, BalanceMetric.L2);
    List<Scored> sorted = bruteForce(scorer, 18, 9);
    double below = sorted.get(4000).score();
    long expected = sorted.stream().filter(s -> s.score() < below).count();
    TwoArmEnumeration walk = new TwoArmEnumeration(scorer, 18, 9, workers);
    TwoArmEnumeration.Kept tooSmall = walk.collect(below, 100);
    assertThat(tooSmall.overflow()).isTrue();
    assertThat(tooSmall.count()).isEqualTo(expected);
    TwoArmEnumeration.Kept kept = walk.collect(below, (int) expected + walk.slots());
    assertThat(kept.overflow()).isFalse();
    assertThat(kept.count()).isEqualTo(expected);
    int size = RankSelection.select(kept.scores(), kept.keys(), kept.length(), 3000, kept.buckets(),
        kept.histogram());
    assertThat(size).isGreaterThanOrEqualTo(3000);
    for (int j = 0; j < size; j++) {
      assertThat(Long.reverse(~kept.keys()[j])).as("rank %d", j).isEqualTo(sorted.get(j).mask());
      assertThat(kept.scores()[j]).isEqualTo(sorted.get(j).score());
    }
    assertThat(sorted.get(size).score()).isGreaterThan(sorted.get(2999).score());
  }
}
