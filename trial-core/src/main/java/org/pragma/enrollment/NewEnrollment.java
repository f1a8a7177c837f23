package org.pragma.enrollment;

import org.pragma.shared.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * Enrollment of a screened, eligible patient: the screening, the consent as the protocol's model asks
 * for it, the identifiers, and the baseline instruments' item answers by instrument code.
 */
public record NewEnrollment(
    @NotNull(message = "is required: the id of the patient's eligible screening") Long screeningId,
    @Valid Consent consent,
    @NotNull(message = "is required: name, date of birth and medical record number") @Valid Identifiers identifiers,
    Map<String, Map<String, Object>> baseline) {

  public NewEnrollment {
    baseline = baseline == null ? Map.of() : Map.copyOf(baseline);
  }

  /**
   * Consent as obtained: the date, who obtained it and the version of the consent document. Required
   * for verbal and written consent; ignored under a waiver or consent implied by the baseline.
   */
  public record Consent(LocalDate obtainedOn, @FreeText String obtainedBy, @FreeText(max = 100) String documentVersion) {}
}
