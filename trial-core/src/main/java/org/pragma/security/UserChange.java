package org.pragma.security;

import jakarta.validation.Valid;
import org.pragma.shared.Required;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An admin's change to an account: the whole editable state (name, roles, sites, active), an
 * optional unlock, and the reason the audit trail requires for any change after creation.
 */
public record UserChange(
    @Required(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String fullName,
    @jakarta.validation.constraints.Email(message = "must be an email address") @Size(max = 200, message = "must be at most 200 characters")
        String email,
    @NotEmpty(message = "must name at least one role") Set<@NotNull Role> roles,
    Set<@Valid @NotNull SiteRef> sites,
    boolean active,
    boolean unlock,
    @Required(message = "is required: say why the account changes")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {
  public UserChange {
    sites = sites == null ? Set.of() : sites;
  }
}
