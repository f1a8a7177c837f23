package org.pragma.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A date no real event can have: after today in the study's zone, or before the earliest date the
 * event can have happened (the patient's enrollment, the study's start). 422 naming the field.
 */
public class ImplausibleDateException extends DomainException {
  /** The field and why its date is refused. */
  public record FieldProblem(String field, String message) {}

  private final FieldProblem problem;

  private ImplausibleDateException(String field, String message) {
    super(Kind.RULE, "implausible-date", field + " " + message + ".");
    this.problem = new FieldProblem(field, message);
  }

  /**
   * Refuses {@code date} unless it lies from {@code earliest} to {@code today}; {@code earliestIs}
   * says what the earliest date is ("the patient's enrollment").
   */
  public static void requireBetween(String field, LocalDate date, LocalDate earliest, String earliestIs, LocalDate today) {
    if (date.isAfter(today)) {
      throw new ImplausibleDateException(field, "must not be in the future: " + date + " is after today, " + today);
    }
    LocalDate floor = earliest.isBefore(PlausibleDates.FLOOR) ? PlausibleDates.FLOOR : earliest;
    if (date.isBefore(floor)) {
      throw new ImplausibleDateException(field, "must not be before " + floor
          + (floor.equals(earliest) ? " (" + earliestIs + ")" : "") + ", was " + date);
    }
  }

  @Override
  public List<FieldProblem> errors() {
    return List.of(problem);
  }
}
