package org.pragma.protocol.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A typed screening question; numbers may be whole-only and bounded, choices have fixed options, each
 * shown by the label the study file gives it ({@code optionLabels}) or, without one, by its code in
 * words ("low-back" reads "Low back").
 */
public record Question(String code, QuestionType type, String text, boolean integer, Optional<BigDecimal> min,
    Optional<BigDecimal> max, List<String> options, Map<String, String> optionLabels, boolean required) {

  public Question {
    options = List.copyOf(options);
    optionLabels = Map.copyOf(optionLabels);
  }

  /** What a user reads for an option code of this question. */
  public String optionLabel(String option) {
    if (option == null) {
      return "";
    }
    String label = optionLabels.get(option);
    if (label != null) {
      return label;
    }
    String words = option.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    return words.isEmpty() ? option : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
