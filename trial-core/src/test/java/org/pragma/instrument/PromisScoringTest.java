package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.instrument.ShippedInstruments.answers;

import org.junit.jupiter.api.Test;

/**
 * PROMIS short forms: raw sum; at least 4 of 6 answered (HealthMeasures); proration raw x 6 / answered,
 * rounded up; no T-score because no conversion table is shipped.
 */
class PromisScoringTest {

  private final Instrument painInterference = ShippedInstruments.CATALOG.get("PROMIS-PI-6A");
  private final Instrument physicalFunction = ShippedInstruments.CATALOG.get("PROMIS-PF-6B");

  @Test
  void rawSumWhenAllAnsweredAndNoTScoreWithoutATable() {
    Score score = painInterference.score(answers("promispi", 1, 2, 3, 4, 5, 3));

    assertThat(score.total()).contains(18);
    assertThat(score.tScore()).isEmpty();
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.ALL_ANSWERED);
  }

  @Test
  void proratesAndRoundsUpWithFiveAnswered() {
    Score score = physicalFunction.score(answers("promispf", 4, 4, 4, 4, 3, null));

    assertThat(score.total()).contains(23);
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.PRORATED);
    assertThat(score.missingItemRuleApplied()).contains("19 x 6 / 5");
  }

  @Test
  void proratesWithFourAnsweredButNotWithThree() {
    assertThat(painInterference.score(answers("promispi", 2, 2, 2, 3, null, null)).total()).contains(14);
    Score tooFew = painInterference.score(answers("promispi", 2, 2, 2, null, null, null));
    assertThat(tooFew.isScored()).isFalse();
    assertThat(tooFew.missingItemRuleApplied()).contains("at least 4");
  }
}
