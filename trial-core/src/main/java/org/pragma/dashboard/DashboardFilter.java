package org.pragma.dashboard;

import java.time.LocalDate;

/**
 * What the dashboard is narrowed to: one arm (code), one site (code), and the dates screenings and
 * enrollments are counted between (both included); null parts do not narrow.
 */
public record DashboardFilter(String arm, String site, LocalDate from, LocalDate to) {
  public static final DashboardFilter ALL = new DashboardFilter(null, null, null, null);

  public DashboardFilter {
    arm = blankToNull(arm);
    site = blankToNull(site);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
