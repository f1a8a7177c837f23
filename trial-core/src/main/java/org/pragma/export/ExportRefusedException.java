package org.pragma.export;

import java.util.List;
import org.pragma.shared.DomainException;

/** An export request that cannot run: every problem of the request at once, by field. */
public class ExportRefusedException extends DomainException {
  private final List<ExportError> errors;

  public ExportRefusedException(Kind kind, String type, List<ExportError> errors) {
    super(kind, type, String.join(" ", errors.stream().map(ExportError::message).toList()));
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<?> errors() {
    return errors;
  }
}
