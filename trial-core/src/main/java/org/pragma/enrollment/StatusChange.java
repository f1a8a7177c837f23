package org.pragma.enrollment;

import org.pragma.shared.FreeText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.pragma.shared.Required;

/** Withdrawal, loss to follow-up, death (or a lost patient found again), with its date and reason. */
public record StatusChange(
    @NotNull(message = "is required: WITHDRAWN, LOST_TO_FOLLOW_UP, DIED or ENROLLED") PatientStatus status,
    @NotNull(message = "is required (ISO date)") LocalDate effectiveOn,
    @Required(message = "is required") @FreeText(max = FreeText.REASON, multiline = true) String reason) {}
