package org.pragma.web.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A password an admin sets for someone who lost theirs, with the reason for the audit trail. */
public record PasswordReset(
    @NotNull(message = "is required") String password, @NotBlank(message = "is required") String reason) {}
