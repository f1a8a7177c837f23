package org.pragma.followup;

/**
 * How many visits of one kind at one site in one arm stand as each completion category of
 * {@link VisitStatus#completion()}: completed in window, completed out of it, missed (window closed
 * without complete data while the patient was followed), pending (window not closed yet), or
 * cancelled (the patient withdrew or died before the window closed, without complete data).
 */
public record CompletionCount(String site, String arm, String visit, long completedInWindow, long completedOutOfWindow,
    long missed, long pending, long cancelled) {

  public long total() {
    return completedInWindow + completedOutOfWindow + missed + pending + cancelled;
  }
}
