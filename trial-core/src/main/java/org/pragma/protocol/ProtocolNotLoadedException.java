package org.pragma.protocol;

import org.pragma.shared.DomainException;

/** The study has no valid protocol loaded (unknown code, or its files have errors). */
public class ProtocolNotLoadedException extends DomainException {
  public ProtocolNotLoadedException(String studyCode) {
    super(
        Kind.NOT_FOUND,
        "protocol-not-loaded",
        "No valid protocol is loaded for study " + studyCode + "; see the protocol errors.");
  }
}
