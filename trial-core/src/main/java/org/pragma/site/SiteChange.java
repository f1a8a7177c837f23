package org.pragma.site;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.pragma.shared.Required;

/**
 * The corrected record of a registered site: every editable field as it should now read (the code
 * never changes), and why. Covariates are the full set, by covariate code.
 */
public record SiteChange(
    @Required(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @Size(max = 200, message = "must be at most 200 characters") String healthSystem,
    @Size(max = 200, message = "must be at most 200 characters") String location,
    @Size(max = 100, message = "must be at most 100 characters") String stratum,
    @PositiveOrZero(message = "must be zero or more") Integer enrollmentTarget,
    Map<String, String> covariates,
    @Required(message = "is required: say why the site record changes") @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {

  public SiteChange {
    covariates = covariates == null ? Map.of() : Map.copyOf(covariates);
  }
}
