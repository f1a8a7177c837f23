package org.pragma.security;

import org.pragma.shared.Required;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A site of a study as an admin names it when assigning it to a user. (No {@code @Required} here:
 * Payara 6.2025.9's OpenAPI generator fails on it inside a collection; the patterns refuse blanks.)
 */
public record SiteRef(
    @NotNull(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be a study code such as SPINE-CARE")
        String study,
    @NotNull(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "must be a site code such as S07")
        String site) {
  public SiteAssignment toAssignment() {
    return new SiteAssignment(study, site);
  }

  public static SiteRef of(SiteAssignment a) {
    return new SiteRef(a.studyCode(), a.siteCode());
  }
}
