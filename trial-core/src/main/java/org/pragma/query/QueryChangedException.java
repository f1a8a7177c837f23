package org.pragma.query;

import org.pragma.shared.DomainException;

/** A step on a version of the query someone else has moved on since it was read: 409, nothing saved. */
public class QueryChangedException extends DomainException {
  public QueryChangedException(long id) {
    super(Kind.CONFLICT, "query-changed", "Query " + id + " was changed by someone else after you opened it; nothing was saved."
        + " Reload it, read their step, and try again.");
  }
}
