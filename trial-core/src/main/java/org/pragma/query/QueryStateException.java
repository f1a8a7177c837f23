package org.pragma.query;

import org.pragma.shared.DomainException;

/** A step the query's current state does not allow (answering a closed query, closing it twice): 409, nothing saved. */
public class QueryStateException extends DomainException {
  public QueryStateException(String message) {
    super(Kind.CONFLICT, "query-state", message);
  }
}
