package org.pragma.followup.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.ConsortOutcome;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.VisitStatus;
import org.pragma.followup.VisitStatus.Completion;

/**
 * The completion measures as one grouped SQL query (fast at a million patients), counting each visit
 * in exactly the category {@link VisitStatus#of} gives it: complete data in or out of the window; else
 * cancelled when the patient stopped follow-up (withdrew, died) on or before the day the window
 * closes; else missed once the window has closed; else pending. The statuses that end follow-up come
 * from {@link PatientStatus#continuesFollowUp()}, so the two definitions cannot drift apart.
 * Parameters: today, today, the study id, then one per site of {@link #sql(int)}.
 */
final class CompletionQuery {
  private static final String COMPLETE = "'" + PatientVisit.DataState.COMPLETE.name() + "'";
  private static final String STOPPED = Arrays.stream(PatientStatus.values()).filter(s -> !s.continuesFollowUp())
      .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
  private static final String OPEN = "v.data_state <> " + COMPLETE;
  private static final String CANCELLED =
      "(p.status in (" + STOPPED + ") and p.status_on is not null and v.closes_on >= p.status_on)";

  /**
   * The condition for a visit {@code v} of patient {@code p} to stand in this completion category; the
   * missed and pending ones hold one parameter, today.
   */
  static String category(Completion completion) {
    return switch (completion) {
      case COMPLETED_IN_WINDOW -> "(v.data_state = " + COMPLETE + " and v.visit_on >= v.opens_on and v.visit_on <= v.closes_on)";
      case COMPLETED_OUT_OF_WINDOW -> "(v.data_state = " + COMPLETE + " and (v.visit_on < v.opens_on or v.visit_on > v.closes_on))";
      case MISSED -> "(" + OPEN + " and not " + CANCELLED + " and v.closes_on < ?)";
      case PENDING -> "(" + OPEN + " and not " + CANCELLED + " and v.closes_on >= ?)";
      case CANCELLED -> "(" + OPEN + " and " + CANCELLED + ")";
    };
  }

  /**
   * The condition for a visit {@code v} of patient {@code p} to stand as {@code outcome} in the CONSORT
   * flow: every pair of completion category and patient status that {@link ConsortOutcome#of} maps to
   * it. Holds one parameter, today, per {@code ?}.
   */
  static String outcome(ConsortOutcome outcome) {
    List<String> any = new ArrayList<>();
    for (Completion c : Completion.values()) {
      List<PatientStatus> statuses = Arrays.stream(PatientStatus.values()).filter(s -> ConsortOutcome.of(c, s) == outcome).toList();
      if (statuses.size() == PatientStatus.values().length) {
        any.add(category(c));
      } else if (!statuses.isEmpty()) {
        any.add("(" + category(c) + " and p.status in ("
            + statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + "))");
      }
    }
    return "(" + String.join(" or ", any) + ")";
  }

  /** Columns: site id, arm, visit code, in window, out of window, missed, pending, cancelled. */
  static String sql(int sites) {
    return "select v.site_id, v.arm, v.code,"
        + " sum(case when " + category(Completion.COMPLETED_IN_WINDOW) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.COMPLETED_OUT_OF_WINDOW) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.MISSED) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.PENDING) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.CANCELLED) + " then 1 else 0 end)"
        + " from patient_visit v join patient p on p.id = v.patient_id"
        + " where v.study_id = ? and v.site_id in (" + String.join(", ", java.util.Collections.nCopies(sites, "?")) + ")"
        + " group by v.site_id, v.arm, v.code";
  }

  /**
   * The same categories, further split by the patient's status (the CONSORT flow tells withdrawn, died
   * and lost apart) and with the visits overdue now (window open, target day passed, data not complete,
   * patient still followed: {@link VisitStatus#OVERDUE}), for the patients enrolled between two dates.
   * Columns: site id, arm, visit code, patient status, in window, out of window, missed, pending,
   * cancelled, overdue. Parameters: today, today, today, today, enrolled from, enrolled to, the study
   * id, then one per site, twice (the patient's site repeats the visit's, so the database reads only
   * these sites' patients).
   */
  static String byPatientStatus(int sites) {
    return "select v.site_id, v.arm, v.code, p.status,"
        + " sum(case when " + category(Completion.COMPLETED_IN_WINDOW) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.COMPLETED_OUT_OF_WINDOW) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.MISSED) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.PENDING) + " then 1 else 0 end),"
        + " sum(case when " + category(Completion.CANCELLED) + " then 1 else 0 end),"
        + " sum(case when " + OPEN + " and not " + CANCELLED + " and v.closes_on >= ? and v.target_on < ? then 1 else 0 end)"
        + " from patient_visit v join patient p on p.id = v.patient_id"
        + " where p.enrolled_on >= ? and p.enrolled_on <= ?"
        + " and v.study_id = ? and v.site_id in (" + String.join(", ", java.util.Collections.nCopies(sites, "?")) + ")"
        + " and p.site_id in (" + String.join(", ", java.util.Collections.nCopies(sites, "?")) + ")"
        + " group by v.site_id, v.arm, v.code, p.status";
  }

  private CompletionQuery() {}
}
