package org.pragma.protocol.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A typed screening question; numbers may be whole-only and bounded, choices have fixed options. */
public record Question(String code, QuestionType type, String text, boolean integer, Optional<BigDecimal> min,
    Optional<BigDecimal> max, List<String> options, boolean required) {

  public Question {
    options = List.copyOf(options);
  }
}
