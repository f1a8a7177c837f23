package org.pragma.query;

/**
 * Where a data query stands: {@code OPEN} waits for the clinic's answer, {@code ANSWERED} waits for the data
 * manager, {@code CLOSED} is resolved (and may be re-opened with a follow-up question).
 */
public enum QueryStatus {
  OPEN,
  ANSWERED,
  CLOSED;

  /**
   * The state a step leads to from this one: the clinic answers an open query; the data manager closes an open or
   * answered one, and re-opens an answered or closed one (with a follow-up question). Any other step is refused,
   * saying why, and changes nothing.
   */
  public QueryStatus after(QueryStep step) {
    return switch (step) {
      case RAISED -> throw new QueryStateException("A query is raised once; raise a new query for a new question.");
      case ANSWERED -> {
        if (this != OPEN) {
          throw new QueryStateException("It cannot be answered: it is " + (this == ANSWERED
              ? "already answered and waits for the data manager" : "closed") + ". Reload it to see its current state.");
        }
        yield ANSWERED;
      }
      case CLOSED -> {
        if (this == CLOSED) {
          throw new QueryStateException("It cannot be closed: it is already closed. Reload it to see its current state.");
        }
        yield CLOSED;
      }
      case REOPENED -> {
        if (this == OPEN) {
          throw new QueryStateException("It cannot be re-opened: it is still open, waiting for the clinic's answer."
              + " Reload it to see its current state.");
        }
        yield OPEN;
      }
    };
  }

  /** Not closed: the query still needs someone's work (the clinic's when open, the data manager's when answered). */
  public boolean unresolved() {
    return this != CLOSED;
  }
}
