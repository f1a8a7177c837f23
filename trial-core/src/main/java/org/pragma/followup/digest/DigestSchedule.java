package org.pragma.followup.digest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A study's digest goes out from 06:00 at its clinics: the day it is for, once that time has come. */
final class DigestSchedule {
  static final LocalTime SEND_FROM = LocalTime.of(6, 0);

  private DigestSchedule() {}

  /** The day whose digest is due at this local time, or none before 06:00. */
  static Optional<LocalDate> dayDue(ZonedDateTime atClinics) {
    return atClinics.toLocalTime().isBefore(SEND_FROM) ? Optional.empty() : Optional.of(atClinics.toLocalDate());
  }
}
