package org.pragma.followup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A contact attempt to record: date, method (PHONE, EMAIL, MAIL, IN_PERSON), outcome and a note. */
public record NewContactAttempt(
    @NotNull(message = "is required (ISO date)") LocalDate attemptedOn,
    @NotNull(message = "is required: PHONE, EMAIL, MAIL or IN_PERSON") ContactAttempt.Method method,
    @NotNull(message = "is required: REACHED, NO_ANSWER, LEFT_MESSAGE, WRONG_NUMBER, SCHEDULED or DECLINED")
        ContactAttempt.Outcome outcome,
    @Size(max = 1000, message = "must be at most 1000 characters") String note) {}
