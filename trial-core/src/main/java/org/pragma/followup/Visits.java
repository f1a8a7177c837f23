package org.pragma.followup;

import java.util.List;
import java.util.Optional;
import org.pragma.enrollment.Patient;

/** Patients' visits and the instrument responses recorded at them. */
public interface Visits {
  void add(PatientVisit visit);

  void add(InstrumentResponse response);

  /** A patient's visits in schedule order. */
  List<PatientVisit> of(Patient patient);

  Optional<PatientVisit> of(Patient patient, String visitCode);

  List<InstrumentResponse> responses(PatientVisit visit);

  /** For each patient of the site (by patient id), the first visit in schedule order without complete data. */
  java.util.Map<Long, PatientVisit> nextOpen(org.pragma.site.Site site);
}
