package org.pragma.query;

import org.pragma.shared.DomainException;

/** No such query in the study, or one at a clinic outside the caller's sites (never confirmed to exist). */
public class QueryNotFoundException extends DomainException {
  public QueryNotFoundException(String study, long id) {
    super(Kind.NOT_FOUND, "query-not-found", "Study " + study + " has no query " + id + ".");
  }
}
