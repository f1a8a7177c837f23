package org.pragma.signature;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A signature to apply: the signer's password (both components of §11.200 — the username comes from
 * the session, the password is re-entered), its meaning, the SHA-256 (hex) of the signed content,
 * and a short human description of what is signed, such as "Randomization of SPINE-CARE".
 */
public record SignatureRequest(
    @NotNull(message = "is required") String password,
    @NotNull(message = "is required") SignatureMeaning meaning,
    @NotNull(message = "is required")
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lower-case hex (64 characters)")
        String contentHash,
    @Required(message = "is required") @FreeText
        String subject) {}
