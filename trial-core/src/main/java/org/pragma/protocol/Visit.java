package org.pragma.protocol;

import java.time.LocalDate;
import java.util.List;

/**
 * One scheduled assessment: a target study day with a window of {@code before} days before and
 * {@code after} days after it (domain.md 5.2: e.g. 3 months = day 91, window -14/+28).
 */
public record Visit(String code, String name, int targetDay, int before, int after, int reminderLeadDays,
    List<InstrumentUse> instruments) {

  public Visit {
    instruments = List.copyOf(instruments);
  }

  public int opensDay() {
    return targetDay - before;
  }

  public int closesDay() {
    return targetDay + after;
  }

  public LocalDate targetDate(LocalDate anchor) {
    return anchor.plusDays(targetDay);
  }

  public LocalDate opensOn(LocalDate anchor) {
    return anchor.plusDays(opensDay());
  }

  public LocalDate closesOn(LocalDate anchor) {
    return anchor.plusDays(closesDay());
  }

  public LocalDate remindOn(LocalDate anchor) {
    return targetDate(anchor).minusDays(reminderLeadDays);
  }
}
