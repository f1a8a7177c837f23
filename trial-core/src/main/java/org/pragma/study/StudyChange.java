package org.pragma.study;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A correction of a registered study's title, registry id or status, with the reason the audit
 * trail requires for any change after the first save. The code never changes.
 */
public record StudyChange(
    @Required(message = "is required") @FreeText(max = 300)
        String title,
    @Pattern(regexp = "NCT\\d{8}", message = "must be a ClinicalTrials.gov id such as NCT03083886")
        String registryId,
    @NotNull(message = "is required") StudyStatus status,
    @Required(message = "is required: say why the study changes")
        @FreeText(max = FreeText.REASON, multiline = true)
        String reason) {}
