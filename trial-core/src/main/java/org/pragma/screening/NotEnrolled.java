package org.pragma.screening;

import jakarta.validation.constraints.NotNull;
import org.pragma.shared.FreeText;

/**
 * An eligible patient recorded as not enrolled: DECLINED, or OTHER_REASON with the reason in {@code note}
 * (optional for a decline), on the version of the screening read.
 */
public record NotEnrolled(
    @NotNull(message = "is required: DECLINED or OTHER_REASON") NonEnrollment reason,
    @FreeText(max = FreeText.REASON, multiline = true) String note,
    @NotNull(message = "is required: the version of the screening you read") Long version) {}
