package org.pragma.query;

import java.util.List;
import org.pragma.enrollment.EnrollmentError;
import org.pragma.shared.DomainException;

/** A query that cannot be raised as asked (a field the visit does not collect): 422, with the field in error. */
public class QueryRefusedException extends DomainException {
  private final List<EnrollmentError> errors;

  public QueryRefusedException(String field, String problem, String message) {
    super(Kind.RULE, "query-refused", message);
    this.errors = List.of(new EnrollmentError(field, problem));
  }

  @Override
  public List<?> errors() {
    return errors;
  }
}
