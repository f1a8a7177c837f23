package org.pragma.followup;

import org.pragma.shared.DomainException;

/** A change the visit's state does not allow (locked data, nothing to lock). */
public class VisitStateException extends DomainException {
  public VisitStateException(String visit, String why) {
    super(Kind.CONFLICT, "visit-state", "Visit " + visit + " " + why + ".");
  }
}
