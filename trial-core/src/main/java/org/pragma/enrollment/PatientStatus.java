package org.pragma.enrollment;

import java.util.Set;

/**
 * Where a patient stands in the study. Leaving the study never deletes data: withdrawal, loss to
 * follow-up and death are status changes with a date and a reason.
 */
public enum PatientStatus {
  ENROLLED,
  WITHDRAWN,
  LOST_TO_FOLLOW_UP,
  DIED;

  /**
   * The statuses a patient can move to from this one. A patient lost to follow-up who is found again
   * returns to ENROLLED; withdrawal and death are final.
   */
  public Set<PatientStatus> next() {
    return switch (this) {
      case ENROLLED -> Set.of(WITHDRAWN, LOST_TO_FOLLOW_UP, DIED);
      case LOST_TO_FOLLOW_UP -> Set.of(ENROLLED, WITHDRAWN, DIED);
      case WITHDRAWN, DIED -> Set.of();
    };
  }

  /** Whether future visits still take place (withdrawal and death cancel them). */
  public boolean continuesFollowUp() {
    return this == ENROLLED || this == LOST_TO_FOLLOW_UP;
  }

  public String label() {
    return switch (this) {
      case ENROLLED -> "Enrolled";
      case WITHDRAWN -> "Withdrawn";
      case LOST_TO_FOLLOW_UP -> "Lost to follow-up";
      case DIED -> "Died";
    };
  }
}
