package org.pragma.query;

/**
 * Where a data query stands: {@code OPEN} waits for the clinic's answer, {@code ANSWERED} waits for the data
 * manager, {@code CLOSED} is resolved (and may be re-opened with a follow-up question).
 */
public enum QueryStatus {
  OPEN,
  ANSWERED,
  CLOSED;

  /** Not closed: the query still needs someone's work (the clinic's when open, the data manager's when answered). */
  public boolean unresolved() {
    return this != CLOSED;
  }
}
