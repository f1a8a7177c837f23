package org.pragma.enrollment;

import org.pragma.shared.DomainException;

/** No such patient in the study, or none the caller may see. */
public class PatientNotFoundException extends DomainException {
  public PatientNotFoundException(String studyCode, String studyId) {
    super(Kind.NOT_FOUND, "patient-not-found", "Study " + studyCode + " has no patient " + studyId + ".");
  }
}
