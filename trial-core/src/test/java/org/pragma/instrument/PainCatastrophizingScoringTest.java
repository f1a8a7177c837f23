package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.instrument.ShippedInstruments.answers;

import org.junit.jupiter.api.Test;

/** PCS (Sullivan 1995): total 0-52 with rumination, magnification and helplessness subscales. */
class PainCatastrophizingScoringTest {

  private final Instrument pcs = ShippedInstruments.CATALOG.get("PCS");

  @Test
  void sumsTotalAndSubscales() {
    Score score = pcs.score(answers("pcs", 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 1, 2));

    assertThat(score.total()).contains(24);
    assertThat(score.subscales()).containsEntry("rumination", 12).containsEntry("magnification", 6)
        .containsEntry("helplessness", 6);
    assertThat(score.band()).contains("below clinical threshold");
  }

  @Test
  void thirtyIsTheClinicalThreshold() {
    assertThat(pcs.score(answers("pcs", 4, 4, 4, 4, 4, 4, 4, 1, 0, 0, 0, 0, 1)).band())
        .contains("clinically relevant catastrophizing");
    assertThat(pcs.score(answers("pcs", 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 1)).total()).contains(29);
    assertThat(pcs.score(answers("pcs", 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 1)).band())
        .contains("below clinical threshold");
  }

  @Test
  void givesNoScoreWithAnyItemUnanswered() {
    Score score = pcs.score(answers("pcs", 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 1, null));

    assertThat(score.isScored()).isFalse();
    assertThat(score.subscales()).isEmpty();
  }
}
