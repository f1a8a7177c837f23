package org.pragma.web.site;

import java.time.LocalDate;
import java.util.Map;
import org.pragma.site.Site;

/**
 * A site as the API shows it, with the arm its committed randomization gave it (null before) and,
 * when it cannot be opened for enrollment, why not (null when it can).
 */
public record SiteView(
    String code, String name, String healthSystem, String location, String stratum, Integer enrollmentTarget,
    String status, LocalDate activatedOn, Map<String, String> covariates, String arm, String whyNotActivatable) {
  public static SiteView of(Site s, String arm) {
    return new SiteView(s.code(), s.name(), s.healthSystem().orElse(null), s.location().orElse(null),
        s.stratum().orElse(null), s.enrollmentTarget().orElse(null), s.status().name(),
        s.activatedOn().orElse(null), s.covariates(), arm, s.whyNotActivatable().orElse(null));
  }
}
