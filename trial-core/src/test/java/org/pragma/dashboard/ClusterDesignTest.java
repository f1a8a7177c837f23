package org.pragma.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pragma.protocol.Design;

/** The design effect, effective sample size and power against figures worked out by hand. */
class ClusterDesignTest {
  static final Design SPINE_CARE = new Design(0.05, 95, 5, 15, 0.05, 0.8);

  @Test
  void equalClustersGiveTheFamiliarDesignEffectAndUnequalOnesALargerOne() {
    assertThat(ClusterDesign.designEffect(95, 0, 0.05)).isCloseTo(1 + 94 * 0.05, within(1e-12));
    // Sizes 10, 20, 30: mean 20, sample SD 10, CV 0.5: DE = 1 + ((0.25 + 1) * 20 - 1) * 0.05 = 2.2.
    ClusterDesign d = ClusterDesign.of(Optional.of(SPINE_CARE), List.of(10L, 20L, 30L), 3, 3, 3000);
    assertThat(d.meanClusterSize()).isEqualTo(20.0);
    assertThat(d.cv()).isEqualTo(0.5);
    assertThat(d.designEffect()).isEqualTo(2.2);
    assertThat(d.effectiveSampleSize()).isCloseTo(60 / 2.2, within(1e-4));
    assertThat(d.plannedDesignEffect()).isEqualTo(5.7);
  }

  @Test
  void powerIsTheNormalApproximationOfTheClusteredComparisonOfTwoArms() {
    // 1000 per arm, DE 5.7, delta 5, SD 15: 5 / (15 * sqrt(2 * 5.7 / 1000)) = 3.1220; minus 1.95996 = 1.1620; Phi = 0.8774.
    assertThat(ClusterDesign.power(5, 15, 5.7, 1000, 0.05)).isCloseTo(0.8774, within(1e-4));
    ClusterDesign d = ClusterDesign.of(Optional.of(SPINE_CARE), List.of(10L, 20L, 30L), 3, 3, 3000);
    assertThat(d.powerAtTarget()).isCloseTo(0.8774, within(1e-4));
    assertThat(d.power()).isCloseTo(ClusterDesign.power(5, 15, 2.2, 20, 0.05), within(1e-4));
    assertThat(ClusterDesign.power(5, 15, 1, 0, 0.05)).isZero();
  }

  @Test
  void withoutADesignBlockOnlyTheRealizedSizesAreGiven() {
    ClusterDesign d = ClusterDesign.of(Optional.empty(), List.of(4L), 1, 3, 3000);
    assertThat(d.meanClusterSize()).isEqualTo(4.0);
    assertThat(d.cv()).isNull();
    assertThat(d.designEffect()).isNull();
    assertThat(d.power()).isNull();
  }
}
