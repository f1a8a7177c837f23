package org.pragma.followup;

/**
 * How many visits of one kind at one site in one arm are completed in their window, completed out of
 * it, missed (window closed without complete data) or pending (window not closed yet).
 */
public record CompletionCount(String site, String arm, String visit, long completedInWindow, long completedOutOfWindow,
    long missed, long pending) {

  public long total() {
    return completedInWindow + completedOutOfWindow + missed + pending;
  }
}
