package org.pragma.followup;

import org.pragma.shared.DomainException;

/** The patient's schedule has no such visit. */
public class VisitNotFoundException extends DomainException {
  public VisitNotFoundException(String studyId, String visit) {
    super(Kind.NOT_FOUND, "visit-not-found", "Patient " + studyId + " has no visit " + visit + ".");
  }
}
