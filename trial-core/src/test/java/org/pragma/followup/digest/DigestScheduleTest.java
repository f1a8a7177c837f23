package org.pragma.followup.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each study's digest goes out from 06:00 at its own clinics, not at the server's or UTC's 06:00. */
class DigestScheduleTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void theSameInstantIsSixInNewYorkButFiveInChicago() {
    Instant elevenUtc = Instant.parse("2026-10-14T10:00:00Z");
    assertThat(DigestSchedule.dayDue(elevenUtc.atZone(NEW_YORK))).contains(LocalDate.of(2026, 10, 14));
    assertThat(DigestSchedule.dayDue(elevenUtc.atZone(CHICAGO))).isEmpty();
    assertThat(DigestSchedule.dayDue(elevenUtc.plusSeconds(3600).atZone(CHICAGO))).contains(LocalDate.of(2026, 10, 14));
  }

  @Test
  void beforeSixTheDayIsNotDueYetAndAfterMidnightUtcItIsStillTheClinicsDay() {
    assertThat(DigestSchedule.dayDue(Instant.parse("2026-10-14T10:59:59Z").atZone(CHICAGO))).isEmpty();
    assertThat(DigestSchedule.dayDue(Instant.parse("2026-10-15T03:00:00Z").atZone(CHICAGO)))
        .contains(LocalDate.of(2026, 10, 14));
  }

  @Test
  void onTheDayDaylightSavingEndsSixIsStillSixLocally() {
    assertThat(DigestSchedule.dayDue(Instant.parse("2026-11-01T10:59:00Z").atZone(CHICAGO))).isEmpty();
    assertThat(DigestSchedule.dayDue(Instant.parse("2026-11-01T12:00:00Z").atZone(CHICAGO))).contains(LocalDate.of(2026, 11, 1));
  }
}
