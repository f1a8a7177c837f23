package org.pragma.security;

import org.pragma.shared.FreeText;
import jakarta.validation.Valid;
import org.pragma.shared.Required;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * An admin's change to an account: the whole editable state (name, roles, sites, active), an
 * optional unlock, and the reason the audit trail requires for any change after creation.
 */
public record UserChange(
    @Required(message = "is required") @FreeText
        String fullName,
    @jakarta.validation.constraints.Email(message = "must be an email address") @FreeText
        String email,
    @NotEmpty(message = "must name at least one role") Set<@NotNull Role> roles,
    Set<@Valid @NotNull SiteRef> sites,
    Set<@NotNull String> studies,
    Boolean active,
    Boolean unlock,
    @Required(message = "is required: say why the account changes")
        @FreeText(max = FreeText.REASON, multiline = true)
        String reason) {
  public UserChange {
    active = active != null && active;
    unlock = unlock != null && unlock;
    sites = sites == null ? Set.of() : sites;
    studies = studies == null ? Set.of() : studies;
  }

}
