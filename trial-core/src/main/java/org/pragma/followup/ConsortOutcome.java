package org.pragma.followup;

import org.pragma.enrollment.PatientStatus;

/**
 * Where one enrolled patient's visit stands in the CONSORT flow: its completion category
 * ({@link VisitStatus#completion()}) told apart by the patient's status. Completed in or out of window
 * is completed; a visit whose window closed without data is lost to follow-up when the patient is
 * lost, else missed; a visit cancelled by the patient's leaving counts as died or withdrawn; the rest
 * is pending. The dashboard's counts and the patient list's filter both use {@link #of}.
 */
public enum ConsortOutcome {
  COMPLETED("completed"),
  MISSED("missed"),
  LOST("lost to follow-up"),
  WITHDRAWN("withdrawn"),
  DIED("died"),
  PENDING("pending");

  private final String label;

  ConsortOutcome(String label) {
    this.label = label;
  }

  /** As the diagram words it, lower case ("lost to follow-up"). */
  public String label() {
    return label;
  }

  public static ConsortOutcome of(VisitStatus.Completion completion, PatientStatus patient) {
    return switch (completion) {
      case COMPLETED_IN_WINDOW, COMPLETED_OUT_OF_WINDOW -> COMPLETED;
      case MISSED -> patient == PatientStatus.LOST_TO_FOLLOW_UP ? LOST : MISSED;
      case CANCELLED -> patient == PatientStatus.DIED ? DIED : WITHDRAWN;
      case PENDING -> PENDING;
    };
  }

  /** The outcome named by its code in any case ("lost", "LOST"), if there is one. */
  public static java.util.Optional<ConsortOutcome> parse(String code) {
    return java.util.Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
  }
}
