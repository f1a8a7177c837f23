package org.pragma.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A site of a study as an admin names it when assigning it to a user. */
public record SiteRef(
    @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be a study code such as SPINE-CARE")
        String study,
    @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}", message = "must be a site code such as S07")
        String site) {
  public SiteAssignment toAssignment() {
    return new SiteAssignment(study, site);
  }

  public static SiteRef of(SiteAssignment a) {
    return new SiteRef(a.studyCode(), a.siteCode());
  }
}
