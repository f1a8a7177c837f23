package org.pragma.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * What moving patients enrolled under earlier protocol versions to the version in force would change:
 * per patient, each visit that moves, is added, or stays because it already has data (or is no longer
 * in the schedule).
 */
public record ScheduleMigration(String study, String toVersion, boolean applied, List<PatientChange> patients) {

  /** One patient's changes. */
  public record PatientChange(String studyId, String fromVersion, List<VisitChange> visits) {}

  /** One visit's change; dates are empty where the visit did not exist or will not exist. */
  public record VisitChange(String visit, Kind kind, LocalDate oldTarget, LocalDate newTarget, LocalDate oldOpens,
      LocalDate newOpens, LocalDate oldCloses, LocalDate newCloses) {}

  /** How a visit changes. */
  public enum Kind { MOVED, ADDED, KEPT_HAS_DATA, KEPT_NOT_IN_NEW_SCHEDULE }
}
