package org.pragma.followup;

import java.time.LocalDate;
import org.pragma.enrollment.PatientStatus;

/**
 * Where a visit stands, derived from its dates, its data, the patient's status and today; never
 * stored, so it cannot go stale. Before the window: upcoming; in the window: window open, then due
 * soon from the reminder day, then overdue once the target day has passed; after the window without
 * complete data: missed. Complete data make it completed, or completed out of window (kept, flagged).
 * Withdrawal or death cancels the visits not completed whose window had not closed by then; loss to
 * follow-up changes nothing, so its visits end up missed.
 */
public enum VisitStatus {
  UPCOMING("upcoming"),
  WINDOW_OPEN("window open"),
  DUE_SOON("due soon"),
  OVERDUE("overdue"),
  MISSED("missed"),
  COMPLETED("completed"),
  COMPLETED_OUT_OF_WINDOW("completed out of window"),
  CANCELLED("cancelled");

  private final String label;

  VisitStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The category completion measures count the visit in. The database counts the same categories
   * in one grouped query ({@code followup.jpa.CompletionQuery}); a test compares both on every edge.
   */
  public Completion completion() {
    return switch (this) {
      case COMPLETED -> Completion.COMPLETED_IN_WINDOW;
      case COMPLETED_OUT_OF_WINDOW -> Completion.COMPLETED_OUT_OF_WINDOW;
      case MISSED -> Completion.MISSED;
      case CANCELLED -> Completion.CANCELLED;
      case UPCOMING, WINDOW_OPEN, DUE_SOON, OVERDUE -> Completion.PENDING;
    };
  }

  /** The completion categories of {@link CompletionCount}. */
  public enum Completion { COMPLETED_IN_WINDOW, COMPLETED_OUT_OF_WINDOW, MISSED, PENDING, CANCELLED }

  /** Whether a coordinator still has to act on the visit. */
  public boolean isOpen() {
    return this == WINDOW_OPEN || this == DUE_SOON || this == OVERDUE;
  }

  public static VisitStatus of(VisitDates visit, boolean complete, LocalDate visitOn, PatientStatus patient,
      LocalDate patientStatusOn, LocalDate today) {
    if (complete) {
      boolean inWindow = !visitOn.isBefore(visit.opens()) && !visitOn.isAfter(visit.closes());
      return inWindow ? COMPLETED : COMPLETED_OUT_OF_WINDOW;
    }
    if (!patient.continuesFollowUp() && patientStatusOn != null && !visit.closes().isBefore(patientStatusOn)) {
      return CANCELLED;
    }
    if (today.isAfter(visit.closes())) {
      return MISSED;
    }
    if (today.isBefore(visit.opens())) {
      return UPCOMING;
    }
    if (today.isAfter(visit.target())) {
      return OVERDUE;
    }
    return today.isBefore(visit.remind()) ? WINDOW_OPEN : DUE_SOON;
  }

  public static VisitStatus of(PatientVisit v, LocalDate today) {
    return of(new VisitDates(v.opensOn(), v.targetOn(), v.closesOn(), v.remindOn()),
        v.dataState() == PatientVisit.DataState.COMPLETE, v.visitOn().orElse(null), v.patient().status(),
        v.patient().statusOn().orElse(null), today);
  }

  /** The dates that decide a visit's status. */
  public record VisitDates(LocalDate opens, LocalDate target, LocalDate closes, LocalDate remind) {}
}
