package org.pragma.enrollment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pragma.screening.Screening;
import org.pragma.shared.PageRequest;
import org.pragma.site.Site;
import org.pragma.study.Study;

/** Enrolled patients and their encrypted identifiers. */
public interface Patients {
  /**
   * Holds the site's row lock until the transaction ends, so enrollments at one site happen one after
   * another: the next sequence number is then always the previous one plus one, with no gap. The
   * site is read again under the lock (its status as last committed).
   */
  void lockForEnrollment(Site site);

  /** The number the next patient at the site gets: one more than the highest so far. */
  int nextSequence(Site site);

  Optional<Patient> byIdempotencyKey(Site site, String key);

  Optional<Patient> byScreening(Screening screening);

  Optional<Patient> byRecordNumberIndex(Site site, String index);

  Optional<Patient> byStudyId(Study study, String studyId);

  /** The study's patients enrolled under another protocol version than {@code version}. */
  List<Patient> notUnder(Study study, org.pragma.protocol.ProtocolVersion version);

  /** A site's patients, by sequence. */
  List<Patient> of(Site site);

  long countAt(Site site);

  /** How many patients each of these sites has enrolled (by site id; sites without any are absent), in one query. */
  java.util.Map<Long, Long> countsAt(List<Site> sites);

  /**
   * One page of a site's patients narrowed by {@code search}, by sequence: study data only, read as
   * columns (no identifiers, no visits, no load per row).
   */
  List<Listed> list(Site site, Search search, PageRequest page);

  /** How many of the site's patients {@code search} matches (one count query). */
  long count(Site site, Search search);

  /** The identifier rows of these patients, in one query. */
  List<PatientIdentifier> identifiersOf(Collection<Long> patientIds);

  /**
   * What a site's list is narrowed to: a status, and text that is part of a study ID, or a record
   * number or family name given as their keyed hashes; null parts do not narrow.
   */
  record Search(PatientStatus status, String studyIdPart, String recordNumberIndex, String surnameIndex) {
    public static final Search ALL = new Search(null, null, null, null);

    public boolean byText() {
      return studyIdPart != null || recordNumberIndex != null || surnameIndex != null;
    }
  }

  /** A row of a site's list as stored. */
  record Listed(long id, String studyId, String arm, PatientStatus status, LocalDate enrolledOn) {}

  void add(Patient patient);

  void add(PatientIdentifier identifier);

  Optional<PatientIdentifier> identifierOf(Patient patient);
}
