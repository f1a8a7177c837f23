package org.pragma.security;

import org.pragma.shared.FreeText;
import jakarta.validation.Valid;
import org.pragma.shared.Required;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/**
 * An admin's request to create an account, with the sites (coordinators) or whole studies
 * (investigators) it works on. The username is lower-case letters, digits, dots and
 * dashes; the initial password must satisfy {@link PasswordPolicy}.
 */
public record NewUser(
    @Required(message = "is required")
        @Pattern(
            regexp = Usernames.PATTERN,
            message = "must be 3-40 lower-case letters, digits, dots or dashes, starting with a letter")
        String username,
    @Required(message = "is required") @FreeText
        String fullName,
    @jakarta.validation.constraints.Email(message = "must be an email address") @FreeText
        String email,
    @NotNull(message = "is required") String password,
    @NotEmpty(message = "must name at least one role") Set<@NotNull Role> roles,
    Set<@Valid @NotNull SiteRef> sites,
    Set<@NotNull String> studies) {
  public NewUser {
    sites = sites == null ? Set.of() : sites;
    studies = studies == null ? Set.of() : studies;
  }

}
