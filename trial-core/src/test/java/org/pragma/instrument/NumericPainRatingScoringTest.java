package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 0-10 numeric pain rating: one item, the answer is the score. */
class NumericPainRatingScoringTest {

  private final Instrument nprs = ShippedInstruments.CATALOG.get("NPRS");

  @Test
  void theAnswerIsTheScore() {
    assertThat(nprs.score(Map.of("nprs1", 0)).total()).contains(0);
    assertThat(nprs.score(Map.of("nprs1", 10)).total()).contains(10);
  }

  @Test
  void anUnansweredRatingIsNotScored() {
    assertThat(nprs.score(Map.of()).missingItemRule()).isEqualTo(MissingItemRule.TOO_MANY_MISSING);
  }
}
