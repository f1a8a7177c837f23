package org.pragma.protocol;

import org.pragma.shared.DomainException;

/**
 * The protocol of a recorded version cannot be rebuilt: it was recorded before Pragma kept protocol
 * files and its content is not the one loaded now, or its kept files are no longer valid.
 */
public class ProtocolVersionUnavailableException extends DomainException {
  public ProtocolVersionUnavailableException(ProtocolVersion version, String why) {
    super(Kind.CONFLICT, "protocol-version-unavailable", "Protocol " + version.label() + " (version " + version.sequence()
        + ") of study " + version.study().code() + " " + why + ".");
  }
}
