package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pragma.spending.SpendingWindow.Period;

class SpendingWindowTest {
  private final SpendingWindow window = new SpendingWindow(SpendingWindow.DEFAULT_LOOK_BACK_DAYS);

  @Test
  void enrollmentDayIsDayZeroAndTheFirstDayAfter() {
    LocalDate enrolled = LocalDate.of(2025, 3, 10);
    assertThat(SpendingWindow.studyDay(enrolled, enrolled)).isZero();
    assertThat(window.periodOf(0)).contains(Period.AFTER);
  }

  @Test
  void day364IsTheLastDayAfterAndDay365IsOutside() {
    LocalDate enrolled = LocalDate.of(2025, 3, 10);
    assertThat(window.periodOf(SpendingWindow.studyDay(enrolled, LocalDate.of(2026, 3, 9)))).contains(Period.AFTER);
    assertThat(SpendingWindow.studyDay(enrolled, LocalDate.of(2026, 3, 10))).isEqualTo(365);
    assertThat(window.periodOf(365)).isEmpty();
  }

  @Test
  void aWindowSpanningTwentyNinthFebruaryIsStill365Days() {
    LocalDate enrolled = LocalDate.of(2027, 6, 1);
    // 2028 is a leap year: the anniversary 2028-06-01 is day 366, so the window ends on 2028-05-30 (day 364).
    assertThat(SpendingWindow.studyDay(enrolled, LocalDate.of(2028, 5, 30))).isEqualTo(364);
    assertThat(window.periodOf(SpendingWindow.studyDay(enrolled, LocalDate.of(2028, 5, 31)))).isEmpty();
    assertThat(SpendingWindow.studyDay(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28))).isEqualTo(365);
  }

  @Test
  void theLookBackIsTheDaysBeforeEnrollment() {
    assertThat(window.periodOf(-1)).contains(Period.BEFORE);
    assertThat(window.periodOf(-365)).contains(Period.BEFORE);
    assertThat(window.periodOf(-366)).isEqualTo(Optional.empty());
    assertThat(new SpendingWindow(182).periodOf(-183)).isEmpty();
    assertThat(window.earliest(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2024, 3, 10));
  }
}
