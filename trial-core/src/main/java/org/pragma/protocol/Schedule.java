package org.pragma.protocol;

import java.util.List;
import java.util.Optional;

/** An arm's follow-up schedule: study day 0 is the {@code anchor} event; visits are in day order. */
public record Schedule(String anchor, int reminderLeadDays, List<Visit> visits) {

  public Schedule {
    visits = List.copyOf(visits);
  }

  public Optional<Visit> visit(String code) {
    return visits.stream().filter(v -> v.code().equals(code)).findFirst();
  }
}
