package org.pragma.randomization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pragma.randomization.RandomizationInputException;

/**
 * cptest with a binary outcome on a case checkable by hand. Four clusters of two people, outcome
 * a: 1,1  b: 1,0  c: 0,0  d: 0,1 (listed out of order). The intercept-only logistic fit gives
 * p̂ = 4/8 = 0.5, so the response residuals are ±0.5 and the cluster means are m = (a 0.5, b 0,
 * c −0.5, d 0). With every 2-of-4 scheme, D = Σ_treated m − Σ_control m is
 * ab 1, ac 0, ad 1, bc −1, bd 0, cd −1.
 */
class BinaryPermutationTest {
  private static final List<String> CLUSTER = List.of("d", "a", "b", "c", "a", "b", "c", "d");
  private static final double[] Y = {0, 1, 1, 0, 1, 0, 0, 1};
  private static final List<Set<String>> ALL = List.of(Set.of("a", "b"), Set.of("a", "c"), Set.of("a", "d"),
      Set.of("b", "c"), Set.of("b", "d"), Set.of("c", "d"));

  @Test
  void pValueIsTheShareOfSchemesAtLeastAsExtremeAsTheObservedOne() {
    PermutationTestResult r = ClusterPermutationTest.run(CLUSTER, Y, new double[8][0], OutcomeType.BINARY, ALL, 0);
    assertThat(r.clusterMeanResiduals().get("a")).isCloseTo(0.5, within(1e-9));
    assertThat(r.clusterMeanResiduals().get("b")).isCloseTo(0.0, within(1e-9));
    assertThat(r.clusterMeanResiduals().get("c")).isCloseTo(-0.5, within(1e-9));
    assertThat(r.clusterMeanResiduals().get("d")).isCloseTo(0.0, within(1e-9));
    assertThat(r.statistic()).isCloseTo(1.0, within(1e-9));
    assertThat(r.pValue()).isEqualTo(4.0 / 6); // ab, ad, bc, cd
    assertThat(r.schemes()).isEqualTo(6);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void aBalancedObservedSchemeHasPValueOne() {
    PermutationTestResult r = ClusterPermutationTest.run(CLUSTER, Y, new double[8][0], OutcomeType.BINARY, ALL, 1);
    assertThat(r.statistic()).isCloseTo(0.0, within(1e-9));
    assertThat(r.pValue()).isEqualTo(1.0);
  }

  @Test
  void theMirrorSchemeIsEquallyExtreme() {
    PermutationTestResult r = ClusterPermutationTest.run(CLUSTER, Y, new double[8][0], OutcomeType.BINARY, ALL, 5);
    assertThat(r.statistic()).isCloseTo(-1.0, within(1e-9));
    assertThat(r.pValue()).isEqualTo(4.0 / 6);
  }

  @Test
  void aBinaryOutcomeMustBeZeroOrOne() {
    double[] y = Y.clone();
    y[2] = 2;
    assertThatThrownBy(() -> ClusterPermutationTest.run(CLUSTER, y, new double[8][0], OutcomeType.BINARY, ALL, 0))
        .isInstanceOf(RandomizationInputException.class).hasMessageContaining("0 or 1");
  }
}
