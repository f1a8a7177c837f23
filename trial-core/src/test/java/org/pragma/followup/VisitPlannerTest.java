package org.pragma.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.pragma.protocol.Schedule;
import org.pragma.protocol.Visit;
import org.junit.jupiter.api.Test;

/** Window arithmetic: whole days from the enrollment date, so leap years and month ends need no rule of their own. */
class VisitPlannerTest {
  private static final Schedule SCHEDULE = new Schedule("enrollment", 7, List.of(
      new Visit("baseline", "Baseline", 0, 0, 7, 0, List.of()),
      new Visit("month-3", "3-month follow-up", 91, 14, 28, 7, List.of()),
      new Visit("month-12", "12-month follow-up", 365, 30, 60, 7, List.of())));

  @Test
  void threeMonthsIsDay91AcrossALeapDay() {
    List<PlannedVisit> plan = VisitPlanner.plan(SCHEDULE, LocalDate.of(2027, 12, 15));

    assertThat(plan.get(1).target()).isEqualTo(LocalDate.of(2028, 3, 15));
    assertThat(plan.get(1).opens()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(plan.get(1).closes()).isEqualTo(LocalDate.of(2028, 4, 12));
  }

  @Test
  void aPatientEnrolledOnTheLeapDayHasTheTwelveMonthTargetOn28February() {
    List<PlannedVisit> plan = VisitPlanner.plan(SCHEDULE, LocalDate.of(2028, 2, 29));

    assertThat(plan.get(2).target()).isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(plan.get(2).opens()).isEqualTo(LocalDate.of(2029, 1, 29));
  }

  @Test
  void windowsCrossTheYearEnd() {
    List<PlannedVisit> plan = VisitPlanner.plan(SCHEDULE, LocalDate.of(2026, 10, 15));

    assertThat(plan.get(1).target()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(plan.get(1).opens()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(plan.get(1).closes()).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(plan).extracting(PlannedVisit::position).containsExactly(0, 1, 2);
  }

  @Test
  void monthEndsAreNotSpecial() {
    assertThat(VisitPlanner.plan(SCHEDULE, LocalDate.of(2026, 1, 31)).get(1).target()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(VisitPlanner.plan(SCHEDULE, LocalDate.of(2026, 11, 30)).get(1).target()).isEqualTo(LocalDate.of(2027, 3, 1));
  }
}
