package org.pragma.screening;

import org.pragma.shared.DomainException;

/** A correction that would make an enrolled patient ineligible after the fact, or of an unknown screening. */
public class ScreeningCorrectionRefusedException extends DomainException {
  public ScreeningCorrectionRefusedException(Kind kind, String type, String message) {
    super(kind, type, message);
  }
}
