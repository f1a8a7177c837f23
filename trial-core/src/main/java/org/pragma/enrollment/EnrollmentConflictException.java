package org.pragma.enrollment;

import org.pragma.shared.DomainException;

/**
 * An enrollment that would duplicate a patient: the record number is already enrolled at the site, the
 * screening already led to an enrollment, or the idempotency key was used for another request.
 * Messages name the existing study ID, never an identifier.
 */
public class EnrollmentConflictException extends DomainException {
  public EnrollmentConflictException(String type, String message) {
    super(Kind.CONFLICT, type, message);
  }
}
