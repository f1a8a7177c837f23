package org.pragma.enrollment;

import java.util.List;
import org.pragma.shared.DomainException;

/**
 * An enrollment a trial rule forbids: the study is not randomized, the site is not active, the
 * screening was ineligible, consent or baseline is missing. Nothing is written.
 */
public class EnrollmentRefusedException extends DomainException {
  private final List<?> errors;

  public EnrollmentRefusedException(String type, String message) {
    this(type, message, List.of());
  }

  public EnrollmentRefusedException(String type, String message, List<?> errors) {
    super(Kind.RULE, type, message);
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<?> errors() {
    return errors;
  }
}
