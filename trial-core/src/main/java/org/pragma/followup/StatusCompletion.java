package org.pragma.followup;

import org.pragma.enrollment.PatientStatus;

/**
 * The completion categories of {@link CompletionCount} for the patients of one status at one site in
 * one arm at one visit, with how many of those visits are {@link VisitStatus#OVERDUE} today. Summed over
 * the statuses it gives exactly the {@link CompletionCount}; split, it tells the CONSORT flow's withdrawn,
 * died and lost to follow-up apart.
 */
public record StatusCompletion(String site, String arm, String visit, PatientStatus patientStatus,
    long completedInWindow, long completedOutOfWindow, long missed, long pending, long cancelled, long overdue) {

  public long completed() {
    return completedInWindow + completedOutOfWindow;
  }

  public long total() {
    return completedInWindow + completedOutOfWindow + missed + pending + cancelled;
  }
}
