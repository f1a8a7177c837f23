package org.pragma.enrollment;

import org.pragma.shared.DomainException;

/** A status change the patient's current status does not allow. */
public class PatientStatusException extends DomainException {
  public PatientStatusException(String studyId, String why) {
    super(Kind.CONFLICT, "patient-status", "Patient " + studyId + ": " + why + ".");
  }
}
