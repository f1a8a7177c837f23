package org.pragma.followup;

import java.time.LocalDate;
import org.pragma.enrollment.PatientStatus;

/**
 * What the study's patient list is narrowed to, as the dashboard narrows its counts: one clinic (site
 * code), one arm (code), one patient status, one visit (code) and, with it, the patients whose visit
 * stands as one CONSORT outcome, and the dates patients were enrolled between (both included). Null
 * parts do not narrow.
 */
public record PatientFilter(String site, String arm, PatientStatus status, String visit, ConsortOutcome outcome,
    LocalDate from, LocalDate to) {
  public static final PatientFilter ALL = new PatientFilter(null, null, null, null, null, null, null);

  public PatientFilter {
    site = blankToNull(site);
    arm = blankToNull(arm);
    visit = blankToNull(visit);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
