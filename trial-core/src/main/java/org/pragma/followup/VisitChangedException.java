package org.pragma.followup;

import org.pragma.shared.DomainException;

/** A visit save over a version someone else has changed since it was read: nothing is saved. */
public class VisitChangedException extends DomainException {
  public VisitChangedException(String visit, String studyId) {
    super(Kind.CONFLICT, "visit-changed", "Visit " + visit + " of " + studyId + " was changed by someone else after you opened it;"
        + " nothing was saved. Reload it, check their change, and enter yours again.");
  }
}
