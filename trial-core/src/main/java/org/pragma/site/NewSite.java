package org.pragma.site;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * A clinic to register in a study, with the cluster covariates the study file names (by covariate
 * code; numbers as decimal text, categories as their level).
 */
public record NewSite(
    @Required(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "must be 1-20 upper-case letters, digits or dashes, e.g. S07")
        String code,
    @Required(message = "is required") @FreeText String name,
    @FreeText String healthSystem,
    @FreeText String location,
    @FreeText(max = 100) String stratum,
    @PositiveOrZero(message = "must be zero or more") Integer enrollmentTarget,
    Map<String, String> covariates) {

  public NewSite {
    covariates = covariates == null ? Map.of() : Map.copyOf(covariates);
  }
}
