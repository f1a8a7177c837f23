package org.pragma.screening;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A screening as the log shows it: the outcome, the reason of every criterion the patient failed, and for an
 * eligible patient recorded as not enrolled, why ({@code notEnrolled}, with {@code notEnrolledNote}); {@code version}
 * is what a change must name.
 */
public record ScreeningRecord(
    long id, String study, String site, LocalDate screenedOn, Integer age, Sex sex, String painLocation,
    boolean eligible, List<Failed> failedCriteria, String screenedBy, NonEnrollment notEnrolled, String notEnrolledNote,
    long version) {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** A criterion the patient failed, with the reason the protocol gives. */
  public record Failed(String code, String kind, String reason) {}

  static ScreeningRecord of(Screening s) {
    List<Failed> failed = List.of(readFailed(s.failedJson()));
    return new ScreeningRecord(s.id(), s.site().study().code(), s.site().code(), s.screenedOn(), s.age(), s.sex(),
        s.painLocation(), s.eligible(), failed, s.screenedBy(), s.notEnrolled().orElse(null), s.notEnrolledNote().orElse(null),
        s.version());
  }

  private static Failed[] readFailed(String json) {
    return JSON.fromJson(json, Failed[].class);
  }
}
