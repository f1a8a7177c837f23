package org.pragma.protocol.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionTest {
  @Test
  void anOptionReadsAsTheStudyFileLabelsItOrAsWordsWithoutALabel() {
    Question where = new Question("pain-location", QuestionType.CHOICE, "Where is the pain?", false, Optional.empty(), Optional.empty(),
        List.of("low-back", "neck", "other"), Map.of("low-back", "Low back", "neck", "Neck"), true);
    assertThat(where.optionLabel("low-back")).isEqualTo("Low back");
    assertThat(where.optionLabel("other")).isEqualTo("Other");
    assertThat(where.optionLabel(null)).isEmpty();
  }
}
