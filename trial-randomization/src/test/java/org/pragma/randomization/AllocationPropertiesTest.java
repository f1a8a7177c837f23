package org.pragma.randomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.pragma.randomization.constrained.BalanceScorer;
import org.pragma.randomization.constrained.ConstrainedSpace;
import org.pragma.randomization.constrained.DesignMatrix;

/** Invariants of constrained randomization on random small trials (a few hundred tries in all). */
class AllocationPropertiesTest {

  record Trial(List<Cluster> clusters, List<Covariate> covariates, double[][] columns) {}

  static Trial randomTrial(long seed, int n, int covariates) {
    Random random = new Random(seed);
    double[][] columns = new double[covariates][n];
    List<Cluster> clusters = new ArrayList<>();
    for (int k = 0; k < covariates; k++) {
      for (int i = 0; i < n; i++) {
        columns[k][i] = random.nextInt(4) == 0 ? random.nextInt(3) : Math.round(random.nextGaussian() * 100) / 10.0;
      }
      columns[k][0] = 50; // never constant
    }
    List<Covariate> covs = new ArrayList<>();
    for (int k = 0; k < covariates; k++) {
      covs.add(Covariate.numeric("x" + k).withWeight(1 + random.nextInt(3)));
    }
    for (int i = 0; i < n; i++) {
      Map<String, String> values = new java.util.HashMap<>();
      for (int k = 0; k < covariates; k++) {
        values.put("x" + k, Double.toString(columns[k][i]));
      }
      clusters.add(new Cluster("s" + i, values));
    }
    return new Trial(clusters, covs, columns);
  }

  private static RandomizationRequest request(Trial t, int treated, double cutoff, boolean l2, long seed) {
    return RandomizationRequest.builder().clusters(t.clusters()).covariates(t.covariates())
        .treated(treated, t.clusters().size()).cutoff(cutoff).seed(seed)
        .metric(l2 ? BalanceMetric.L2 : BalanceMetric.L1).checkValidity(false).build();
  }

  @Property(tries = 60)
  void twoArmSpaceEqualsCvcrandsRankAndScores(@ForAll long seed, @ForAll @IntRange(min = 4, max = 12) int n,
      @ForAll @IntRange(min = 1, max = 3) int covariates, @ForAll @IntRange(min = 1, max = 9) int tenths,
      @ForAll boolean l2) {
    Trial t = randomTrial(seed, n, covariates);
    int treated = 1 + (int) Math.floorMod(seed, n - 1);
    RandomizationResult r = new RandomizationEngine().randomize(request(t, treated, tenths / 10.0, l2, seed));
    double[] weights = t.covariates().stream().mapToDouble(Covariate::weight).toArray();
    double[][] zw = CvcrandReference.weightedZ(t.columns(), weights);
    List<CvcrandReference.Scheme> all = CvcrandReference.allSchemes(zw, treated, l2);
    List<CvcrandReference.Scheme> kept = CvcrandReference.constrained(all, tenths / 10.0);
    ConstrainedSpace space = r.space();
    assertThat(space.size()).isEqualTo(kept.size());
    for (int j = 0; j < kept.size(); j++) {
      assertThat(space.masks(j)[0]).isEqualTo(kept.get(j).treated());
      assertThat(space.score(j)).isEqualTo(kept.get(j).score());
    }
    double worstKept = space.cutoffScore();
    assertThat(all.stream().filter(s -> !kept.contains(s))).allMatch(s -> s.score() >= worstKept);
    assertThat(r.allocation().values().stream().filter("treatment"::equals).count()).isEqualTo(treated);
  }

  @Property(tries = 40)
  void armSizesFollowTheRatioAndEveryKeptScoreIsAtMostEveryExcludedOne(@ForAll long seed,
      @ForAll @IntRange(min = 5, max = 9) int n, @ForAll @IntRange(min = 1, max = 3) int ratioB) {
    Trial t = randomTrial(seed, n, 2);
    List<Arm> arms = List.of(new Arm("A", 1), new Arm("B", ratioB), new Arm("C", 1));
    RandomizationRequest req = RandomizationRequest.builder().clusters(t.clusters()).covariates(t.covariates())
        .arms(arms).cutoff(0.2).seed(seed).build();
    RandomizationResult r = new RandomizationEngine().randomize(req);
    int[] sizes = ArmSizes.apportion(n, arms);
    assertThat(r.armSizes().values()).containsExactly(sizes[0], sizes[1], sizes[2]);
    assertThat(r.allocation().values().stream().filter("B"::equals).count()).isEqualTo(sizes[1]);
    BalanceScorer scorer = new BalanceScorer(DesignMatrix.of(t.clusters(), t.covariates()), BalanceMetric.L2, 3);
    List<Double> excluded = new ArrayList<>();
    new org.pragma.randomization.constrained.LexicographicAllocations(n, sizes).forEach(m -> {
      double s = scorer.score(m, 0);
      if (s > r.cutoffScore()) excluded.add(s);
    });
    assertThat(r.space().totalAllocations() - excluded.size()).isGreaterThanOrEqualTo(r.constrainedSize());
    assertThat(excluded).allMatch(s -> s >= r.cutoffScore());
  }

  @Property(tries = 40)
  void complementOfAnEqualArmAllocationHasTheSameScore(@ForAll long seed, @ForAll @IntRange(min = 2, max = 7) int half) {
    Trial t = randomTrial(seed, 2 * half, 3);
    BalanceScorer scorer = new BalanceScorer(DesignMatrix.of(t.clusters(), t.covariates()), BalanceMetric.L2, 2);
    long all = (1L << 2 * half) - 1;
    Random random = new Random(seed);
    for (int trial = 0; trial < 20; trial++) {
      long treated = 0;
      while (Long.bitCount(treated) < half) treated |= 1L << random.nextInt(2 * half);
      double a = scorer.score(treated);
      assertThat(scorer.score(all & ~treated)).isCloseTo(a, within(1e-12 * (1 + a)));
    }
  }

  @Property(tries = 40)
  void kArmScoreWithTwoArmsIsCvcrandsScoreBitForBit(@ForAll long seed, @ForAll @IntRange(min = 4, max = 14) int n) {
    Trial t = randomTrial(seed, n, 3);
    DesignMatrix m = DesignMatrix.of(t.clusters(), t.covariates());
    double[] weights = t.covariates().stream().mapToDouble(Covariate::weight).toArray();
    double[][] zw = CvcrandReference.weightedZ(t.columns(), weights);
    Random random = new Random(seed);
    for (BalanceMetric metric : BalanceMetric.values()) {
      BalanceScorer kArm = new BalanceScorer(m, metric, 2);
      long treated = random.nextLong() & ((1L << n) - 1);
      assertThat(kArm.score(new long[] {treated}, 0))
          .isEqualTo(CvcrandReference.score(zw, treated, metric == BalanceMetric.L2))
          .isEqualTo(kArm.score(treated));
    }
  }

  @Property(tries = 20)
  void simulatedSpaceHoldsDistinctAllocationsInRankOrder(@ForAll long seed, @ForAll @IntRange(min = 9, max = 15) int n) {
    Trial t = randomTrial(seed, n, 2);
    RandomizationRequest req = RandomizationRequest.builder().clusters(t.clusters()).covariates(t.covariates())
        .arms(List.of(new Arm("A", 1), new Arm("B", 1), new Arm("C", 1))).enumerationLimit(100)
        .simulationCount(300).cutoff(0.5).seed(seed).checkValidity(false).build();
    ConstrainedSpace space = new RandomizationEngine().randomize(req).space();
    assertThat(space.enumerated()).isFalse();
    assertThat(space.scoredAllocations()).isEqualTo(300);
    assertThat(space.size()).isEqualTo(150);
    java.util.Set<List<Long>> seen = new java.util.HashSet<>();
    for (int j = 0; j < space.size(); j++) {
      assertThat(seen.add(List.of(space.masks(j)[0], space.masks(j)[1]))).isTrue();
      if (j > 0) assertThat(space.score(j)).isGreaterThanOrEqualTo(space.score(j - 1));
    }
  }
}
