package org.pragma.protocol.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * A value computed from an answer and the screening date: {@code days-since} (e.g. pain duration in days
 * from the onset date) or {@code age-from-birth-year} (screening year minus birth year; with only the
 * birth year collected this can overstate age by up to one year).
 */
public record DerivedValue(String code, String kind, String question) {

  public static final String DAYS_SINCE = "days-since";
  public static final String AGE_FROM_BIRTH_YEAR = "age-from-birth-year";

  Optional<BigDecimal> compute(Map<String, Object> answers, LocalDate screeningDate) {
    Object answer = answers.get(question);
    if (answer instanceof LocalDate date && DAYS_SINCE.equals(kind)) {
      return Optional.of(BigDecimal.valueOf(ChronoUnit.DAYS.between(date, screeningDate)));
    }
    if (answer instanceof BigDecimal year && AGE_FROM_BIRTH_YEAR.equals(kind)) {
      return Optional.of(BigDecimal.valueOf(screeningDate.getYear()).subtract(year));
    }
    return Optional.empty();
  }
}
