package org.pragma.spending;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which period of a patient's care a service date falls in, in whole days from enrollment (the
 * enrollment day is day 0, as for the visit windows):
 * <ul>
 *   <li><b>after</b> enrollment: days 0 to 364, i.e. [enrollment, enrollment + 365 days) — "the 12
 *       months after enrollment" is 365 days whether or not it spans 29 February;</li>
 *   <li><b>before</b> enrollment (the look-back): days −{@code lookBackDays} to −1;</li>
 *   <li>anything else is outside both and counts in neither measure.</li>
 * </ul>
 */
public record SpendingWindow(int lookBackDays) {
  public static final int FOLLOW_UP_DAYS = 365;
  public static final int DEFAULT_LOOK_BACK_DAYS = 365;

  public SpendingWindow {
    if (lookBackDays < 0 || lookBackDays > 3660) {
      throw new IllegalArgumentException("look-back must be 0 to 3660 days, was " + lookBackDays);
    }
  }

  public enum Period { BEFORE, AFTER }

  public static int studyDay(LocalDate enrolledOn, LocalDate serviceDate) {
    return Math.toIntExact(ChronoUnit.DAYS.between(enrolledOn, serviceDate));
  }

  public Optional<Period> periodOf(int studyDay) {
    if (studyDay >= 0 && studyDay < FOLLOW_UP_DAYS) {
      return Optional.of(Period.AFTER);
    }
    if (studyDay < 0 && studyDay >= -lookBackDays) {
      return Optional.of(Period.BEFORE);
    }
    return Optional.empty();
  }

  /** The earliest service date a file may hold for a patient: the first day of the look-back. */
  public LocalDate earliest(LocalDate enrolledOn) {
    return enrolledOn.minusDays(lookBackDays);
  }
}
