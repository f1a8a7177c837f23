package org.pragma.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the constrained space over every scored allocation (replayed with {@link
 * RandomizationEngine#forEachScoredAllocation}), for enumerated and simulated spaces, two or three
 * arms and both tie rules.
 */
class ConstrainedSpacePropertiesTest {
  record Listed(long[] masks, double score, boolean inSpace) {}

  private static List<Listed> listing(RandomizationResult r) {
    List<Listed> all = new ArrayList<>();
    new RandomizationEngine().forEachScoredAllocation(r, (m, s, in) -> all.add(new Listed(m.clone(), s, in)));
    return all;
  }

  @Property(tries = 40)
  void everyKeptScoreIsAtMostEveryExcludedOne(@ForAll long seed, @ForAll @IntRange(min = 5, max = 13) int n,
      @ForAll @IntRange(min = 1, max = 9) int tenths, @ForAll boolean threeArms, @ForAll boolean simulate,
      @ForAll boolean keepTies) {
    AllocationPropertiesTest.Trial t = AllocationPropertiesTest.randomTrial(seed, n, 2);
    List<Arm> arms = threeArms ? List.of(new Arm("A", 1), new Arm("B", 1), new Arm("C", 1))
        : List.of(new Arm("T", 1 + (int) Math.floorMod(seed, n - 1)), new Arm("C", n - 1 - (int) Math.floorMod(seed, n - 1)));
    RandomizationRequest.Builder b = RandomizationRequest.builder().clusters(t.clusters()).covariates(t.covariates())
        .arms(arms).cutoff(tenths / 10.0).seed(seed).checkValidity(false)
        .tieRule(keepTies ? TieRule.ALL_AT_CUTOFF_SCORE : TieRule.FIRST_IN_ORDER);
    long total = threeArms ? org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficient(n, n / 3) : 0;
    if (simulate && (!threeArms || total > 60)) {
      b.enumerationLimit(0).simulationCount(threeArms ? 40 : Math.max(1, n - 2));
    }
    RandomizationResult r = new RandomizationEngine().randomize(b.build());
    List<Listed> all = listing(r);
    assertThat(all).hasSize((int) r.space().scoredAllocations());
    double maxKept = all.stream().filter(Listed::inSpace).mapToDouble(Listed::score).max().orElseThrow();
    double minExcluded = all.stream().filter(l -> !l.inSpace()).mapToDouble(Listed::score).min()
        .orElse(Double.POSITIVE_INFINITY);
    assertThat(maxKept).isEqualTo(r.cutoffScore()).isLessThanOrEqualTo(minExcluded);
    assertThat(all.stream().filter(Listed::inSpace).count()).isEqualTo(r.constrainedSize());
    if (keepTies) {
      assertThat(minExcluded).isGreaterThan(maxKept);
    } else {
      assertThat(r.constrainedSize()).isEqualTo(r.space().requestedSize());
    }
    assertThat(r.chosenScore()).isLessThanOrEqualTo(r.cutoffScore());
  }

  /**
   * For equal arms an allocation and its complement have the same score up to rounding (about
   * 1e-15 relative), so every kept allocation strictly inside the cutoff has its mirror kept too.
   */
  @Property(tries = 40)
  void theConstrainedSpaceOfEqualArmsIsClosedUnderComplement(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 7) int half, @ForAll @IntRange(min = 1, max = 9) int tenths) {
    AllocationPropertiesTest.Trial t = AllocationPropertiesTest.randomTrial(seed, 2 * half, 3);
    RandomizationResult r = new RandomizationEngine().randomize(RandomizationRequest.builder()
        .clusters(t.clusters()).covariates(t.covariates()).treated(half, 2 * half).cutoff(tenths / 10.0)
        .seed(seed).checkValidity(false).build());
    long everyone = (1L << 2 * half) - 1;
    java.util.Set<Long> kept = new java.util.HashSet<>();
    for (int j = 0; j < r.constrainedSize(); j++) {
      kept.add(r.space().masks(j)[0]);
    }
    double inside = r.cutoffScore() * (1 - 1e-9) - 1e-12;
    for (int j = 0; j < r.constrainedSize(); j++) {
      if (r.space().score(j) < inside) {
        assertThat(kept).contains(everyone & ~r.space().masks(j)[0]);
      }
    }
  }
}
