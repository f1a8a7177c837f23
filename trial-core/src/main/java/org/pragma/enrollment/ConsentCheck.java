package org.pragma.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the protocol's consent model requires enrollment to record. Verbal and written consent need
 * the date (not before screening, not in the future), who obtained it and the consent document's
 * version. Consent implied by the baseline questionnaire is dated on the enrollment day; a waiver
 * records nothing but the model.
 */
final class ConsentCheck {
  private ConsentCheck() {}

  static ConsentRecord record(ConsentModel model, NewEnrollment.Consent given, LocalDate screenedOn, LocalDate today,
      String enrolledBy) {
    return switch (model) {
      case WAIVER -> new ConsentRecord(model, null, null, null);
      case IMPLIED_BY_BASELINE -> new ConsentRecord(model, today, enrolledBy,
          given == null ? null : blankToNull(given.documentVersion()));
      case VERBAL, WRITTEN -> documented(model, given, screenedOn, today);
    };
  }

  private static ConsentRecord documented(ConsentModel model, NewEnrollment.Consent given, LocalDate screenedOn,
      LocalDate today) {
    String what = model.label().toLowerCase(java.util.Locale.ROOT);
    if (given == null) {
      throw new EnrollmentRefusedException("consent-missing", "This study needs " + what
          + " before enrollment: record the date, who obtained it and the consent document version.",
          List.of(new EnrollmentError("consent", "is required")));
    }
    List<EnrollmentError> errors = new ArrayList<>();
    if (given.obtainedOn() == null) {
      errors.add(new EnrollmentError("consent.obtainedOn", "is required (ISO date)"));
    } else if (given.obtainedOn().isAfter(today)) {
      errors.add(new EnrollmentError("consent.obtainedOn", "cannot be in the future (today is " + today + ")"));
    } else if (given.obtainedOn().isBefore(screenedOn)) {
      errors.add(new EnrollmentError("consent.obtainedOn", "cannot be before the screening on " + screenedOn));
    }
    if (blankToNull(given.obtainedBy()) == null) {
      errors.add(new EnrollmentError("consent.obtainedBy", "is required: who obtained consent"));
    } else if (given.obtainedBy().length() > 200) {
      errors.add(new EnrollmentError("consent.obtainedBy", "must be at most 200 characters"));
    }
    if (blankToNull(given.documentVersion()) == null) {
      errors.add(new EnrollmentError("consent.documentVersion", "is required: the version of the consent document"));
    } else if (given.documentVersion().length() > 100) {
      errors.add(new EnrollmentError("consent.documentVersion", "must be at most 100 characters"));
    }
    if (!errors.isEmpty()) {
      throw new EnrollmentRefusedException("consent-missing", "The " + what + " is incomplete: see errors.", errors);
    }
    return new ConsentRecord(model, given.obtainedOn(), given.obtainedBy().strip(), given.documentVersion().strip());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
