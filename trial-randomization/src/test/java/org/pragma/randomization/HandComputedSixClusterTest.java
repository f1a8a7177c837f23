package org.pragma.randomization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.randomization.constrained.ConstrainedSpace;

/**
 * Six clusters, three treated, one covariate x = (0.5, 1.5, 2, 2, 2.5, 3.5): mean 2 and n−1 SD
 * exactly 1, so z = (−1.5, −0.5, 0, 0, 0.5, 1.5) and every score is exact. The 20 allocations in
 * combn order and their l2 scores (Σ_T z)²:
 * 123:4 124:4 125:2.25 126:0.25 134:2.25 135:1 136:0 145:1 146:0 156:0.25
 * 234:0.25 235:0 236:1 245:0 246:1 256:2.25 345:0.25 346:2.25 356:4 456:4.
 */
class HandComputedSixClusterTest {
  private static final double[] X = {0.5, 1.5, 2, 2, 2.5, 3.5};

  static RandomizationRequest.Builder sixClusters() {
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < X.length; i++) {
      clusters.add(new Cluster("c" + (i + 1), Map.of("x", Double.toString(X[i]))));
    }
    return RandomizationRequest.builder().clusters(clusters)
        .covariates(List.of(Covariate.numeric("x"))).treated(3, 6).checkValidity(true);
  }

  private static List<String> kept(RandomizationResult r) {
    ConstrainedSpace s = r.space();
    List<String> out = new ArrayList<>();
    for (int j = 0; j < s.size(); j++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        if (s.armOf(j, i) == 0) b.append(i + 1);
      }
      out.add(b + ":" + s.score(j));
    }
    return out;
  }

  @Test
  void keepsTheFirstTwoOfFourExactTiesInCombnOrderAtCutoffOneEighth() {
    RandomizationResult r = new RandomizationEngine().randomize(sixClusters().cutoff(0.125).build());
    assertThat(r.totalAllocations()).isEqualTo(20);
    assertThat(kept(r)).containsExactly("136:0.0", "146:0.0");
    assertThat(r.cutoffScore()).isZero();
  }

  @Test
  void roundsHalfToEvenSoSevenAndAHalfKeepsEight() {
    RandomizationResult r = new RandomizationEngine().randomize(sixClusters().cutoff(0.375).build());
    assertThat(kept(r)).containsExactly("136:0.0", "146:0.0", "235:0.0", "245:0.0",
        "126:0.25", "156:0.25", "234:0.25", "345:0.25");
    assertThat(r.cutoffScore()).isEqualTo(0.25);
  }

  @Test
  void keepsEveryTiedAllocationUnderTheCutoffScoreRule() {
    RandomizationResult r = new RandomizationEngine().randomize(
        sixClusters().cutoff(0.125).tieRule(TieRule.ALL_AT_CUTOFF_SCORE).build());
    assertThat(kept(r)).containsExactly("136:0.0", "146:0.0", "235:0.0", "245:0.0");
  }

  @Test
  void scoresTheAbsoluteSumUnderL1() {
    RandomizationResult r = new RandomizationEngine().randomize(
        sixClusters().metric(BalanceMetric.L1).cutoff(0.3).build());
    assertThat(kept(r)).containsExactly("136:0.0", "146:0.0", "235:0.0", "245:0.0", "126:0.5", "156:0.5");
  }

  @Test
  void keepsExactlyTheRequestedNumberOfSchemes() {
    RandomizationResult r = new RandomizationEngine().randomize(sixClusters().schemes(5).build());
    assertThat(kept(r)).containsExactly("136:0.0", "146:0.0", "235:0.0", "245:0.0", "126:0.25");
  }

  @Test
  void drawsTheAllocationFromTheConstrainedSpaceAndReportsItsBalance() {
    RandomizationResult r = new RandomizationEngine().randomize(sixClusters().cutoff(0.125).seed(7).build());
    assertThat(r.chosenScore()).isZero();
    assertThat(r.allocation()).containsEntry("c1", "treatment").containsEntry("c6", "treatment");
    assertThat(r.balance().rows().get(0).mean()[0]).isEqualTo(r.balance().rows().get(0).mean()[1]);
    assertThat(r.warnings()).anyMatch(w -> w.contains("only 2 allocations"));
  }

  @Test
  void flagsPairsThatAreAlwaysOrNeverTogether() {
    RandomizationResult r = new RandomizationEngine().randomize(sixClusters().cutoff(0.125).build());
    // kept: {1,3,6} and {1,4,6}: clusters 1 and 6 always together, 3 and 4 never together
    assertThat(r.validity().sameArmShare()[0][5]).isEqualTo(1.0);
    assertThat(r.validity().sameArmShare()[2][3]).isEqualTo(0.0);
    assertThat(r.validity().sameArmShare()[0][1]).isEqualTo(0.0);
    assertThat(r.warnings()).contains("clusters c1 and c6 are always in the same arm",
        "clusters c3 and c4 are never in the same arm");
  }
}
