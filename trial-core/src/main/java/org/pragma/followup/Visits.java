package org.pragma.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pragma.enrollment.Patient;

/** Patients' visits and the instrument responses recorded at them. */
public interface Visits {
  void add(PatientVisit visit);

  void add(InstrumentResponse response);

  void add(ContactAttempt attempt);

  /** Writes pending inserts now, so new rows have their ids (for the audit trail). */
  void flush();

  /** A visit's contact attempts, newest first. */
  List<ContactAttempt> contactAttempts(PatientVisit visit);

  /**
   * The visits a coordinator works from at these sites: not complete, patient still followed, window
   * not closed by {@code today}, and either open or with its target within {@code days}; by target date.
   */
  List<PatientVisit> worklist(List<org.pragma.site.Site> sites, LocalDate today, int days);

  /** Completion counts per site, arm and visit as of {@code today}, computed in the database. */
  /** Completion counts of the study at these sites (the caller's scope), by {@link VisitStatus#completion()}. */
  List<CompletionCount> completion(org.pragma.study.Study study, List<org.pragma.site.Site> sites, LocalDate today);

  /** A patient's visits in schedule order. */
  List<PatientVisit> of(Patient patient);

  Optional<PatientVisit> of(Patient patient, String visitCode);

  List<InstrumentResponse> responses(PatientVisit visit);

  /** For each patient of the site (by patient id), the first visit in schedule order without complete data. */
  java.util.Map<Long, PatientVisit> nextOpen(org.pragma.site.Site site);
}
