package org.pragma.spending;

/** Where a claims import is: waiting, reading, done (imported or refused with its errors), or replaced. */
public enum ImportStatus {
  QUEUED,
  RUNNING,
  IMPORTED,
  REFUSED,
  FAILED,
  REPLACED;

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}
