package org.pragma.audit;

import org.pragma.shared.DomainException;

/** Verification can continue only from a position where an earlier verification stopped. */
public class UnknownCheckpointException extends DomainException {
  public UnknownCheckpointException(long seq) {
    super(Kind.NOT_FOUND, "audit-checkpoint-unknown",
        "No verification stopped at record " + seq + "; start from 0 or from a checkpoint a verification returned.");
  }
}
