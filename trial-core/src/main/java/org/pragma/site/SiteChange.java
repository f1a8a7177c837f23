package org.pragma.site;

import org.pragma.shared.FreeText;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.pragma.shared.Required;

/**
 * The corrected record of a registered site: every editable field as it should now read (the code
 * never changes), and why. Covariates are the full set, by covariate code.
 */
public record SiteChange(
    @Required(message = "is required") @FreeText String name,
    @FreeText String healthSystem,
    @FreeText String location,
    @FreeText(max = 100) String stratum,
    @PositiveOrZero(message = "must be zero or more") Integer enrollmentTarget,
    Map<String, String> covariates,
    @Required(message = "is required: say why the site record changes") @FreeText(max = FreeText.REASON, multiline = true)
        String reason) {

  public SiteChange {
    covariates = covariates == null ? Map.of() : Map.copyOf(covariates);
  }
}
