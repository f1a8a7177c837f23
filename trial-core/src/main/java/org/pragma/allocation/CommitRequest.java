package org.pragma.allocation;

import org.pragma.shared.Required;
import jakarta.validation.constraints.NotNull;
import org.pragma.signature.SignatureMeaning;

/** The statistician's signature of a randomization commit: their password again, and what the signature means. */
public record CommitRequest(
    @Required(message = "is required: re-enter your password to sign") String password,
    @NotNull(message = "is required: AUTHORSHIP, REVIEW, APPROVAL or RESPONSIBILITY") SignatureMeaning meaning) {}
