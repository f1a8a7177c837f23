package org.pragma.study;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;
import jakarta.validation.constraints.Pattern;

/**
 * A request to register a study. The code is upper-case letters, digits and dashes (it names the
 * protocol folder and prefixes exports); the registry id, when known, is a ClinicalTrials.gov
 * number.
 */
public record NewStudy(
    @Required(message = "is required")
        @Pattern(
            regexp = "[A-Z0-9][A-Z0-9-]{1,39}",
            message = "must be 2-40 upper-case letters, digits or dashes, e.g. SPINE-CARE")
        String code,
    @Required(message = "is required") @FreeText(max = 300)
        String title,
    @Pattern(regexp = "NCT\\d{8}", message = "must be a ClinicalTrials.gov id such as NCT03083886")
        String registryId) {}
