package org.pragma.followup;

import java.util.List;
import org.pragma.shared.DomainException;

/** Visit data that cannot be saved (out-of-range answers, wrong date, missing reason); nothing is saved. */
public class VisitDataRefusedException extends DomainException {
  private final List<?> errors;

  public VisitDataRefusedException(String type, String message, List<?> errors) {
    super(Kind.RULE, type, message);
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<?> errors() {
    return errors;
  }
}
