package org.pragma.audit;

import org.pragma.shared.DomainException;

/** A change to data after it was first saved must say why (21 CFR Part 11 audit convention). */
public class ReasonRequiredException extends DomainException {
  public ReasonRequiredException() {
    super(Kind.INVALID, "reason-required", "A reason is required for a change to saved data.");
  }
}
