package org.pragma.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pragma.protocol.Schedule;
import org.pragma.protocol.Visit;

/**
 * A patient's visits from their arm's schedule. Study day 0 is the enrollment date in the study's
 * time zone; every target and window edge is that date plus whole days, never "plus N months", so a
 * 3-month visit is day 91 whether the patient enrolled on 31 January or 29 February, and leap years
 * and month ends need no special case (domain.md 5.2).
 */
public final class VisitPlanner {
  private VisitPlanner() {}

  public static List<PlannedVisit> plan(Schedule schedule, LocalDate dayZero) {
    List<PlannedVisit> visits = new ArrayList<>();
    int position = 0;
    for (Visit v : schedule.visits()) {
      visits.add(new PlannedVisit(v.code(), v.name(), position++, v.targetDate(dayZero), v.opensOn(dayZero), v.closesOn(dayZero),
          v.remindOn(dayZero)));
    }
    return visits;
  }
}
