package org.pragma.shared;

import java.time.LocalDate;

/**
 * The dates a trial can mean at all: 1900-01-01 to 2200-12-31. Anything outside is a typo or a
 * probe, and refusing it early keeps date arithmetic (a window's end, a day after {@code to}) and
 * the databases' own date ranges out of reach of client input.
 */
public final class PlausibleDates {
  public static final LocalDate FLOOR = LocalDate.of(1900, 1, 1);
  public static final LocalDate CEILING = LocalDate.of(2200, 12, 31);

  private PlausibleDates() {}

  public static boolean contains(LocalDate date) {
    return !date.isBefore(FLOOR) && !date.isAfter(CEILING);
  }

  /** The rule as the user reads it, e.g. "'on' must be a date from 1900-01-01 to 2200-12-31". */
  public static String rule(String name) {
    return "'" + name + "' must be a date from " + FLOOR + " to " + CEILING + ", e.g. 2026-11-23.";
  }
}
