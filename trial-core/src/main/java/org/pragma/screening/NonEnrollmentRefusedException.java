package org.pragma.screening;

import java.util.List;
import org.pragma.shared.DomainException;

/** A non-enrollment that cannot be recorded or undone as asked (ineligible, enrolled, changed meanwhile). */
public class NonEnrollmentRefusedException extends DomainException {
  /** A field in error and what is wrong with it. */
  public record Problem(String field, String message) {}

  private final List<?> errors;

  public NonEnrollmentRefusedException(Kind kind, String type, String message) {
    this(kind, type, message, List.of());
  }

  public NonEnrollmentRefusedException(Kind kind, String type, String message, List<?> errors) {
    super(kind, type, message);
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<?> errors() {
    return errors;
  }
}
