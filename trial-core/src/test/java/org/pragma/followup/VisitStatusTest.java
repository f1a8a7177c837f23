package org.pragma.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.VisitStatus.VisitDates;
import org.junit.jupiter.api.Test;

/** A 3-month visit (day 91, window -14/+28, reminder 7 days ahead) as the days go by. */
class VisitStatusTest {
  private static final LocalDate ENROLLED = LocalDate.of(2026, 11, 23);
  private static final VisitDates MONTH_3 = new VisitDates(ENROLLED.plusDays(77), ENROLLED.plusDays(91),
      ENROLLED.plusDays(119), ENROLLED.plusDays(84));

  @Test
  void movesFromUpcomingThroughDueAndOverdueToMissed() {
    assertThat(on(76)).isEqualTo(VisitStatus.UPCOMING);
    assertThat(on(77)).isEqualTo(VisitStatus.WINDOW_OPEN);
    assertThat(on(84)).isEqualTo(VisitStatus.DUE_SOON);
    assertThat(on(91)).isEqualTo(VisitStatus.DUE_SOON);
    assertThat(on(92)).isEqualTo(VisitStatus.OVERDUE);
    assertThat(on(119)).isEqualTo(VisitStatus.OVERDUE);
    assertThat(on(120)).isEqualTo(VisitStatus.MISSED);
  }

  @Test
  void dataInTheWindowCompleteItAndDataOutsideAreFlagged() {
    assertThat(VisitStatus.of(MONTH_3, true, ENROLLED.plusDays(100), PatientStatus.ENROLLED, null, ENROLLED.plusDays(200)))
        .isEqualTo(VisitStatus.COMPLETED);
    assertThat(VisitStatus.of(MONTH_3, true, ENROLLED.plusDays(130), PatientStatus.ENROLLED, null, ENROLLED.plusDays(200)))
        .isEqualTo(VisitStatus.COMPLETED_OUT_OF_WINDOW);
  }

  @Test
  void withdrawalCancelsFutureVisitsButLossToFollowUpLeavesThemToBeMissed() {
    LocalDate withdrawn = ENROLLED.plusDays(30);
    assertThat(VisitStatus.of(MONTH_3, false, null, PatientStatus.WITHDRAWN, withdrawn, ENROLLED.plusDays(200)))
        .isEqualTo(VisitStatus.CANCELLED);
    assertThat(VisitStatus.of(MONTH_3, false, null, PatientStatus.DIED, withdrawn, ENROLLED.plusDays(40)))
        .isEqualTo(VisitStatus.CANCELLED);
    assertThat(VisitStatus.of(MONTH_3, false, null, PatientStatus.WITHDRAWN, ENROLLED.plusDays(150), ENROLLED.plusDays(200)))
        .as("a window closed before the withdrawal stays missed").isEqualTo(VisitStatus.MISSED);
    assertThat(VisitStatus.of(MONTH_3, false, null, PatientStatus.LOST_TO_FOLLOW_UP, withdrawn, ENROLLED.plusDays(200)))
        .isEqualTo(VisitStatus.MISSED);
  }

  private static VisitStatus on(int day) {
    return VisitStatus.of(MONTH_3, false, null, PatientStatus.ENROLLED, null, ENROLLED.plusDays(day));
  }
}
