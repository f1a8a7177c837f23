package org.pragma.protocol.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns raw screening answers into typed values (Boolean, BigDecimal, LocalDate, option code). */
final class AnswerCheck {

  private final Eligibility eligibility;
  private final List<AnswerError> errors = new ArrayList<>();

  AnswerCheck(Eligibility eligibility) {
    this.eligibility = eligibility;
  }

  Map<String, Object> typed(Map<String, ?> answers) {
    Map<String, Object> typed = new LinkedHashMap<>();
    answers.forEach((code, raw) -> {
      if (eligibility.question(code).isEmpty()) {
        errors.add(new AnswerError(String.valueOf(code), "is not a screening question of this study"));
      }
    });
    for (Question question : eligibility.questions()) {
      Object raw = answers.get(question.code());
      if (raw == null) {
        if (question.required()) {
          errors.add(new AnswerError(question.code(), "is required"));
        }
        continue;
      }
      convert(question, raw).ifPresent(v -> typed.put(question.code(), v));
    }
    if (!errors.isEmpty()) {
      throw new InvalidAnswersException(errors);
    }
    return typed;
  }

  private Optional<Object> convert(Question question, Object raw) {
    return switch (question.type()) {
      case YES_NO -> yesNo(question, raw);
      case NUMBER -> number(question, raw);
      case DATE -> date(question, raw);
      case CHOICE -> choice(question, raw);
    };
  }

  private Optional<Object> yesNo(Question question, Object raw) {
    if (raw instanceof Boolean b) {
      return Optional.of(b);
    }
    String text = raw.toString().trim().toLowerCase(Locale.ROOT);
    if (text.equals("yes") || text.equals("true")) {
      return Optional.of(Boolean.TRUE);
    }
    if (text.equals("no") || text.equals("false")) {
      return Optional.of(Boolean.FALSE);
    }
    return fail(question, "must be yes or no, was '" + raw + "'");
  }

  private Optional<Object> number(Question question, Object raw) {
    BigDecimal value;
    try {
      value = raw instanceof BigDecimal d ? d : new BigDecimal(raw.toString().trim());
    } catch (NumberFormatException e) {
      return fail(question, "must be a number, was '" + raw + "'");
    }
    if (question.integer() && value.stripTrailingZeros().scale() > 0) {
      return fail(question, "must be a whole number, was " + raw);
    }
    if (question.min().map(m -> value.compareTo(m) < 0).orElse(false)
        || question.max().map(m -> value.compareTo(m) > 0).orElse(false)) {
      return fail(question, "must be between " + question.min().map(BigDecimal::toPlainString).orElse("-∞")
          + " and " + question.max().map(BigDecimal::toPlainString).orElse("∞") + ", was " + raw);
    }
    return Optional.of(value);
  }

  private Optional<Object> date(Question question, Object raw) {
    if (raw instanceof LocalDate d) {
      return Optional.of(d);
    }
    try {
      return Optional.of(LocalDate.parse(raw.toString().trim()));
    } catch (DateTimeParseException e) {
      return fail(question, "must be a date like 2024-03-31, was '" + raw + "'");
    }
  }

  private Optional<Object> choice(Question question, Object raw) {
    String text = raw.toString().trim();
    if (question.options().contains(text)) {
      return Optional.of(text);
    }
    return fail(question, "must be one of " + String.join(", ", question.options().stream().map(question::optionLabel).toList())
        + " (codes " + String.join(", ", question.options()) + "), was '" + raw + "'");
  }

  private Optional<Object> fail(Question question, String message) {
    errors.add(new AnswerError(question.code(), message));
    return Optional.empty();
  }
}
