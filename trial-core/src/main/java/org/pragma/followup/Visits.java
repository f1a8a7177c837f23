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

  /**
   * One page of the same worklist as rows, by target date then enrollment order (the order of study IDs
   * at a site), each with its number of contact attempts counted in the same query (no load per row).
   */
  List<WorklistRow> worklist(List<org.pragma.site.Site> sites, LocalDate today, int days, org.pragma.shared.PageRequest page);

  /** How many visits the whole worklist has (one count query). */
  long worklistCount(List<org.pragma.site.Site> sites, LocalDate today, int days);

  /**
   * The same worklist counted per site (by site id) in one grouped query: its visits, and how many of
   * them are past their target day (overdue). Sites with nothing to do are absent.
   */
  java.util.Map<Long, Due> dueBySite(List<org.pragma.site.Site> sites, LocalDate today, int days);

  /** A site's worklist in numbers: visits to act on, and how many of them are overdue. */
  record Due(long visits, long overdue) {
    public static final Due NONE = new Due(0, 0);
  }

  /** Completion counts per site, arm and visit as of {@code today}, computed in the database. */
  /** Completion counts of the study at these sites (the caller's scope), by {@link VisitStatus#completion()}. */
  List<CompletionCount> completion(org.pragma.study.Study study, List<org.pragma.site.Site> sites, LocalDate today);

  /**
   * The same counts split by patient status, with the overdue visits, for the patients enrolled from
   * {@code enrolledFrom} to {@code enrolledTo} (both included), in one grouped query.
   */
  List<StatusCompletion> completionByStatus(org.pragma.study.Study study, List<org.pragma.site.Site> sites,
      LocalDate today, LocalDate enrolledFrom, LocalDate enrolledTo);

  /** A patient's visits in schedule order. */
  List<PatientVisit> of(Patient patient);

  Optional<PatientVisit> of(Patient patient, String visitCode);

  List<InstrumentResponse> responses(PatientVisit visit);

  /**
   * For each of these patients (by patient id) the first visit in schedule order without complete
   * data, read in one query.
   */
  java.util.Map<Long, NextVisit> nextOpen(java.util.Collection<Long> patientIds);

  /** A patient's next visit to complete, as a site's patient list shows it. */
  record NextVisit(String name, LocalDate target) {}

  /** The ids and codes of a patient's visits (what their audit records are filed under). */
  List<VisitKey> keysOf(Patient patient);

  /** A visit's database id and its code in the schedule. */
  record VisitKey(long id, String code) {}
}
