package org.pragma.followup;

import jakarta.validation.constraints.NotNull;
import org.pragma.signature.SignatureMeaning;

/** A data manager's e-signature to lock a visit: the password again, and the meaning (REVIEW by default). */
public record LockRequest(@NotNull(message = "is required: re-enter your password to sign") String password,
    SignatureMeaning meaning) {}
