package org.pragma.followup;

import org.pragma.shared.FreeText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A contact attempt to record: date, method (PHONE, EMAIL, MAIL, IN_PERSON), outcome and a note. */
public record NewContactAttempt(
    @NotNull(message = "is required (ISO date)") LocalDate attemptedOn,
    @NotNull(message = "is required: PHONE, EMAIL, MAIL or IN_PERSON") ContactAttempt.Method method,
    @NotNull(message = "is required: REACHED, NO_ANSWER, LEFT_MESSAGE, WRONG_NUMBER, SCHEDULED or DECLINED")
        ContactAttempt.Outcome outcome,
    @FreeText(max = FreeText.REASON, multiline = true) String note) {}
