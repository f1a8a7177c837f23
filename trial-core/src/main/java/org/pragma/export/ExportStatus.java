package org.pragma.export;

/** Where an export stands. */
public enum ExportStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  public boolean finished() {
    return this == DONE || this == FAILED;
  }
}
