package org.pragma.dashboard;

import org.pragma.shared.DomainException;

/** A dashboard filter that names no arm of the study, or a date range that ends before it starts. */
public class InvalidFilterException extends DomainException {
  private final String field;

  public InvalidFilterException(String field, String message) {
    super(Kind.INVALID, "invalid-dashboard-filter", message);
    this.field = field;
  }

  /** The filter field at fault: {@code arm}, or {@code to} for the date range. */
  public String field() {
    return field;
  }
}
