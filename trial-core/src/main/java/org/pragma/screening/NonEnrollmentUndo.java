package org.pragma.screening;

import jakarta.validation.constraints.NotNull;
import org.pragma.shared.FreeText;
import org.pragma.shared.Required;

/** Takes back a recorded non-enrollment (the patient changed their mind), with the reason, on the version read. */
public record NonEnrollmentUndo(
    @Required(message = "is required: say why") @FreeText(max = FreeText.REASON, multiline = true) String reason,
    @NotNull(message = "is required: the version of the screening you read") Long version) {}
