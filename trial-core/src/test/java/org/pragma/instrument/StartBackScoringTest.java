package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.instrument.ShippedInstruments.answers;

import org.junit.jupiter.api.Test;

/**
 * STarT Back risk groups (Hill et al. 2008): low if total &lt;= 3, high if the psychosocial subscale (items
 * 5-9) is &gt;= 4, otherwise medium; item 9 counts 1 only for "very much" or "extremely".
 */
class StartBackScoringTest {

  private final Instrument sbst = ShippedInstruments.CATALOG.get("SBST");

  @Test
  void totalOfThreeIsLowRisk() {
    Score score = sbst.score(answers("sbst", 1, 1, 1, 0, 0, 0, 0, 0, 3));

    assertThat(score.total()).contains(3);
    assertThat(score.subscales()).containsEntry("psychosocial", 0);
    assertThat(score.riskGroup()).contains("low");
  }

  @Test
  void totalOfFourWithPsychosocialThreeIsMediumRisk() {
    Score score = sbst.score(answers("sbst", 1, 0, 0, 0, 1, 1, 1, 0, 2));

    assertThat(score.total()).contains(4);
    assertThat(score.subscales()).containsEntry("psychosocial", 3);
    assertThat(score.riskGroup()).contains("medium");
  }

  @Test
  void psychosocialOfFourIsHighRisk() {
    Score score = sbst.score(answers("sbst", 0, 0, 0, 0, 1, 1, 1, 0, 4));

    assertThat(score.total()).contains(4);
    assertThat(score.subscales()).containsEntry("psychosocial", 4);
    assertThat(score.riskGroup()).contains("high");
  }

  @Test
  void recodesBothersomenessSoOnlyVeryMuchAndExtremelyCount() {
    assertThat(sbst.score(answers("sbst", 0, 0, 0, 0, 0, 0, 0, 0, 3)).total()).contains(0);
    assertThat(sbst.score(answers("sbst", 0, 0, 0, 0, 0, 0, 0, 0, 4)).total()).contains(1);
    assertThat(sbst.score(answers("sbst", 1, 1, 1, 1, 1, 1, 1, 1, 5)).total()).contains(9);
  }

  @Test
  void anyUnansweredItemMeansNoRiskGroup() {
    Score score = sbst.score(answers("sbst", 1, 1, 1, 1, 1, 1, 1, 1, null));

    assertThat(score.isScored()).isFalse();
    assertThat(score.riskGroup()).isEmpty();
    assertThat(score.missingItemRuleApplied()).contains("sbst9");
  }

  @Test
  void listsTheGroupsItCanAssign() {
    assertThat(sbst.riskGroups()).containsExactly("high", "low", "medium");
  }
}
