package org.pragma.protocol;

/** An uploaded protocol archive that cannot be read at all (not a zip, too large, no study.yaml). */
public final class ProtocolUploadException extends RuntimeException {

  public ProtocolUploadException(String message) {
    super(message);
  }

  /** Stable problem type slug for the REST problem document. */
  public String problemType() {
    return "unreadable-protocol-upload";
  }
}
