package org.pragma.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pragma.randomization.Method;

class RandomizationPlanTest {
  @Test
  void protocolMethodNamesMapToTheEnginesMethods() {
    assertThat(RandomizationPlan.methodOf("covariate-constrained")).isEqualTo(Method.CONSTRAINED);
    assertThat(RandomizationPlan.methodOf("stratified")).isEqualTo(Method.STRATIFIED);
    assertThat(RandomizationPlan.methodOf("blocked")).isEqualTo(Method.STRATIFIED);
    assertThat(RandomizationPlan.methodOf("pair-matched")).isEqualTo(Method.PAIR_MATCHED);
    assertThat(RandomizationPlan.methodOf("simple")).isEqualTo(Method.SIMPLE);
  }

  @Test
  void anUnknownMethodIsRefusedWithTheNamesPragmaKnows() {
    assertThatThrownBy(() -> RandomizationPlan.methodOf("minimisation"))
        .isInstanceOf(RandomizationRefusedException.class)
        .hasMessageContaining("'minimisation'")
        .hasMessageContaining("covariate-constrained, stratified, pair-matched or simple");
  }
}
