package org.pragma.study;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;
import jakarta.validation.constraints.Pattern;

/**
 * A correction of a registered study's title or registry id, or its closing (the one status an admin
 * decides; the others follow the trial's facts), with the reason the audit trail requires for any
 * change after the first save. The code never changes; {@code closed} left out means open.
 */
public record StudyChange(
    @Required(message = "is required") @FreeText(max = 300)
        String title,
    @Pattern(regexp = "NCT\\d{8}", message = "must be a ClinicalTrials.gov id such as NCT03083886")
        String registryId,
    Boolean closed,
    @Required(message = "is required: say why the study changes")
        @FreeText(max = FreeText.REASON, multiline = true)
        String reason) {
  public StudyChange {
    closed = closed != null && closed;
  }
}
