package org.pragma.security;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;
import jakarta.validation.constraints.NotNull;

/**
 * A password an admin sets for someone who lost theirs, with the reason for the audit trail. It lives
 * here, not in the WAR: Payara 6.2025.9's OpenAPI scan fails on bean-validation annotations of WAR
 * records (their canonical constructor parameters look like unannotated resource parameters).
 */
public record PasswordReset(
    @NotNull(message = "is required") String password, @Required(message = "is required") @FreeText(max = FreeText.REASON, multiline = true) String reason) {}
