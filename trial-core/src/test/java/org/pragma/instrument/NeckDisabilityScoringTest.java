package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.instrument.ShippedInstruments.answers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** NDI (Vernon &amp; Mior 1991): raw 0-50, percent = raw x 2, at most 2 unanswered (domain.md 3.2). */
class NeckDisabilityScoringTest {

  private final Instrument ndi = ShippedInstruments.CATALOG.get("NDI");

  @Test
  void reportsRawTotalAndPercentWhenAllAnswered() {
    Score score = ndi.score(answers("ndi", 1, 1, 1, 1, 1, 1, 1, 1, 1, 2));

    assertThat(score.total()).contains(11);
    assertThat(score.percent()).contains(new BigDecimal("22.0"));
    assertThat(score.band()).contains("mild disability");
  }

  @Test
  void scoresWithTheDrivingItemUnanswered() {
    Score score = ndi.score(answers("ndi", 2, 2, 2, 2, 2, 2, 2, null, 2, 2));

    assertThat(score.percent()).contains(new BigDecimal("40.0"));
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.DENOMINATOR_REDUCED);
  }

  @Test
  void scoresWithTwoUnansweredButNotThree() {
    assertThat(ndi.score(answers("ndi", 3, 3, 3, 3, 3, 3, 3, null, null, 3)).percent())
        .contains(new BigDecimal("60.0"));
    assertThat(ndi.score(answers("ndi", 3, 3, 3, 3, 3, 3, null, null, null, 3)).isScored()).isFalse();
  }

  @Test
  void bandsFollowTheRawCutOffsDoubled() {
    assertThat(ndi.score(answers("ndi", 4, 0, 0, 0, 0, 0, 0, 0, 0, 0)).band()).contains("no disability");
    assertThat(ndi.score(answers("ndi", 5, 0, 0, 0, 0, 0, 0, 0, 0, 0)).band()).contains("mild disability");
    assertThat(ndi.score(answers("ndi", 5, 5, 5, 5, 5, 5, 5, 0, 0, 0)).band()).contains("complete disability");
    assertThat(ndi.score(answers("ndi", 5, 5, 5, 5, 5, 5, 4, 0, 0, 0)).band()).contains("severe disability");
  }
}
