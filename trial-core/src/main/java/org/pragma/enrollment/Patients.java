package org.pragma.enrollment;

import java.util.List;
import java.util.Optional;
import org.pragma.screening.Screening;
import org.pragma.site.Site;
import org.pragma.study.Study;

/** Enrolled patients and their encrypted identifiers. */
public interface Patients {
  /**
   * Holds the site's row lock until the transaction ends, so enrollments at one site happen one after
   * another: the next sequence number is then always the previous one plus one, with no gap.
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

  void add(Patient patient);

  void add(PatientIdentifier identifier);

  Optional<PatientIdentifier> identifierOf(Patient patient);
}
