package org.pragma.web.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.instrument.InstrumentCatalog;

/** Forms show a PROMIS score as people read it: the T-score with its SE, one decimal, and the raw sum. */
class ScoreTextTest {

  private static final InstrumentCatalog CATALOG =
      InstrumentCatalog.load(Path.of("..", "protocols", "instruments")).catalog();

  @Test
  void promisShowsTheTScoreWithItsStandardErrorAndTheRawSum() {
    String text = ScoreText.describe(CATALOG.score("PROMIS-PI-6A", answers("promispi", 1, 2, 3, 4, 2, 3)));

    assertThat(text).isEqualTo("T 58.6 (SE 1.5) · raw 15 (6 of 6 items)");
  }

  @Test
  void promisWithSkippedItemsShowsTheResponsePatternTScoreRoundedAsPublished() {
    String text = ScoreText.describe(CATALOG.score("PROMIS-PF-6B", answers("promispf", 4, 4, 4, 4, 3, null)));

    assertThat(text).isEqualTo("T 41.9 (SE 1.8) · raw 19 (5 of 6 items)");
  }

  @Test
  void promisWithTooFewAnswersSaysWhatIsMissing() {
    String text = ScoreText.describe(CATALOG.score("PROMIS-PF-6B", answers("promispf", 4, 4, 4, null, null, null)));

    assertThat(text).isEqualTo("Incomplete: 3 of 6 items answered");
  }

  @Test
  void oswestryStillShowsItsPercentage() {
    String text = ScoreText.describe(CATALOG.score("ODI", answers("odi", 1, 2, 1, 2, 1, 2, 1, 2, 1, 2)));

    assertThat(text).isEqualTo("30.0 % · moderate disability (10 of 10 items)");
  }

  private static Map<String, Object> answers(String prefix, Integer... values) {
    Map<String, Object> answers = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      answers.put(prefix + (i + 1), values[i]);
    }
    return answers;
  }
}
