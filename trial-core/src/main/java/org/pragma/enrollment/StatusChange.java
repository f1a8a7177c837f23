package org.pragma.enrollment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.pragma.shared.Required;

/** Withdrawal, loss to follow-up, death (or a lost patient found again), with its date and reason. */
public record StatusChange(
    @NotNull(message = "is required: WITHDRAWN, LOST_TO_FOLLOW_UP, DIED or ENROLLED") PatientStatus status,
    @NotNull(message = "is required (ISO date)") LocalDate effectiveOn,
    @Required(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {}
