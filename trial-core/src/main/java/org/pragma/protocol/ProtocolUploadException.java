package org.pragma.protocol;

import org.pragma.shared.DomainException;
/** An uploaded protocol archive that cannot be read at all (not a zip, too large, no study.yaml). */
public final class ProtocolUploadException extends DomainException {

  public ProtocolUploadException(String message) {
    super(Kind.INVALID, "unreadable-protocol-upload", message);
  }

}
