package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.instrument.ShippedInstruments.answers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** ODI 2.1a worked examples from Fairbank &amp; Pynsent 2000 as reproduced in domain.md 3.1. */
class OswestryScoringTest {

  private final Instrument odi = ShippedInstruments.CATALOG.get("ODI");

  @Test
  void scoresAllTenSectionsAsPercentOfFifty() {
    Score score = odi.score(answers("odi", 2, 2, 2, 2, 2, 2, 1, 1, 1, 1));

    assertThat(score.total()).contains(16);
    assertThat(score.percent()).contains(new BigDecimal("32.0"));
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.ALL_ANSWERED);
    assertThat(score.band()).contains("moderate disability");
  }

  @Test
  void shrinksTheDenominatorWhenOneSectionIsUnanswered() {
    Score score = odi.score(answers("odi", 2, 2, 2, 2, 2, 2, 1, null, 1, 2));

    assertThat(score.total()).contains(16);
    assertThat(score.percent()).contains(new BigDecimal("35.6"));
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.DENOMINATOR_REDUCED);
    assertThat(score.missingItemRuleApplied()).contains("odi8").contains("45");
    assertThat(score.itemsAnswered()).isEqualTo(9);
  }

  @Test
  void givesNoScoreWhenTwoSectionsAreUnanswered() {
    Score score = odi.score(answers("odi", 2, 2, 2, 2, 2, 2, null, null, 1, 2));

    assertThat(score.isScored()).isFalse();
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.TOO_MANY_MISSING);
    assertThat(score.total()).isEmpty();
    assertThat(score.percent()).isEmpty();
    assertThat(score.missingItemRuleApplied()).contains("2 of 10");
  }

  @Test
  void treatsNullAnswersAsUnanswered() {
    var answers = new java.util.HashMap<String, Integer>(answers("odi", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    answers.put("odi10", null);

    assertThat(odi.score(answers).missingItemRule()).isEqualTo(MissingItemRule.DENOMINATOR_REDUCED);
  }

  @Test
  void placesBandBoundariesAtTheirStart() {
    assertThat(odi.score(answers("odi", 5, 5, 0, 0, 0, 0, 0, 0, 0, 0)).band()).contains("minimal disability");
    assertThat(odi.score(answers("odi", 5, 5, 1, 0, 0, 0, 0, 0, 0, 0)).percent()).contains(new BigDecimal("22.0"));
    assertThat(odi.score(answers("odi", 5, 5, 1, 0, 0, 0, 0, 0, 0, 0)).band()).contains("moderate disability");
    assertThat(odi.score(answers("odi", 5, 5, 5, 5, 5, 5, 5, 5, 1, 0)).band()).contains("bed-bound or exaggerating");
  }

  @Test
  void scoresTheExtremes() {
    assertThat(odi.score(answers("odi", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).percent()).contains(new BigDecimal("0.0"));
    assertThat(odi.score(answers("odi", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).percent()).contains(new BigDecimal("100.0"));
  }
}
