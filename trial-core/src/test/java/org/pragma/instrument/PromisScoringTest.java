package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.instrument.ShippedInstruments.answers;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PROMIS short forms: raw sum kept, T-score and SE from the calibration (summed-score table when complete,
 * response-pattern EAP when items are skipped), and no score unless at least 4 of 6 are answered
 * (HealthMeasures). Expected response-pattern values were computed independently (EAP over -8..8, step 0.01).
 */
class PromisScoringTest {

  private final Instrument painInterference = ShippedInstruments.CATALOG.get("PROMIS-PI-6A");
  private final Instrument physicalFunction = ShippedInstruments.CATALOG.get("PROMIS-PF-6B");

  @Test
  void completeFormGivesRawSumAndTheTableTScoreWithItsStandardError() {
    Score score = painInterference.score(answers("promispi", 1, 2, 3, 4, 2, 3));

    assertThat(score.total()).contains(15);
    assertThat(score.tScore()).contains(t("58.6", "1.5", "v1.0"));
    assertThat(score.tScore().get().text()).isEqualTo("T 58.6 (SE 1.5)");
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.ALL_ANSWERED);
  }

  @Test
  void physicalFunctionIsScoredWithTheNamedV12Calibration() {
    Score score = physicalFunction.score(answers("promispf", 3, 3, 3, 3, 3, 2));

    assertThat(score.total()).contains(17);
    assertThat(score.tScore()).contains(t("36.8", "1.8", "v1.2"));
    assertThat(score.instrumentVersion()).isEqualTo("v1.2 6b");
  }

  @Test
  void skippedItemsAreScoredFromTheResponsePatternOfTheAnsweredItems() {
    Score score = physicalFunction.score(answers("promispf", 4, 4, 4, 4, 3, null));

    assertThat(score.total()).contains(19);
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.RESPONSE_PATTERN);
    assertThat(score.tScore()).contains(t("41.9", "1.8", "v1.2"));
    assertThat(score.missingItemRuleApplied()).contains("promispf6", "response pattern");
  }

  @Test
  void theResponsePatternDependsOnWhichItemsWereAnsweredNotOnlyTheirSum() {
    Score firstFour = painInterference.score(answers("promispi", 2, 2, 2, 3, null, null));
    Score lastFour = painInterference.score(answers("promispi", null, null, 2, 3, 2, 2));

    assertThat(firstFour.total()).contains(9);
    assertThat(lastFour.total()).contains(9);
    assertThat(firstFour.tScore()).contains(t("56.9", "1.7", "v1.0"));
    assertThat(lastFour.tScore()).contains(t("57.2", "1.7", "v1.0"));
  }

  @Test
  void fourAnsweredGiveAScoreButThreeDoNot() {
    assertThat(painInterference.score(answers("promispi", 2, 2, 2, 3, null, null)).isScored()).isTrue();

    Score tooFew = painInterference.score(answers("promispi", 2, 2, 2, null, null, null));

    assertThat(tooFew.isScored()).isFalse();
    assertThat(tooFew.total()).isEmpty();
    assertThat(tooFew.tScore()).isEmpty();
    assertThat(tooFew.missingItemRule()).isEqualTo(MissingItemRule.TOO_MANY_MISSING);
    assertThat(tooFew.missingItemRuleApplied()).contains("only 3 of 6", "at least 4");
  }

  @Test
  void withoutACalibrationSkippedItemsAreProratedAndNoTScoreIsGiven() throws java.io.IOException {
    String file = java.nio.file.Files.readString(ShippedInstruments.FOLDER.resolve("PROMIS-PF-6B.yaml"));
    String uncalibrated = file.substring(0, file.indexOf("  calibration:"));
    Instrument raw = InstrumentCatalog.load(java.util.Map.of("PROMIS-PF-6B.yaml",
        uncalibrated.getBytes(java.nio.charset.StandardCharsets.UTF_8))).catalog().get("PROMIS-PF-6B");

    Score score = raw.score(answers("promispf", 4, 4, 4, 4, 3, null));

    assertThat(score.total()).contains(23);
    assertThat(score.tScore()).isEmpty();
    assertThat(score.missingItemRule()).isEqualTo(MissingItemRule.PRORATED);
    assertThat(score.missingItemRuleApplied()).contains("19 x 6 / 5");
  }

  private static TScore t(String value, String se, String calibration) {
    return new TScore(new BigDecimal(value), Optional.of(new BigDecimal(se)), Optional.of(calibration));
  }
}
