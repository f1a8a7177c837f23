package org.pragma.site;

import org.pragma.shared.Required;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A clinic to register in a study, with the cluster covariates the study file names (by covariate
 * code; numbers as decimal text, categories as their level).
 */
public record NewSite(
    @Required(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "must be 1-20 upper-case letters, digits or dashes, e.g. S07")
        String code,
    @Required(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @Size(max = 200, message = "must be at most 200 characters") String healthSystem,
    @Size(max = 200, message = "must be at most 200 characters") String location,
    @Size(max = 100, message = "must be at most 100 characters") String stratum,
    @PositiveOrZero(message = "must be zero or more") Integer enrollmentTarget,
    Map<String, String> covariates) {

  public NewSite {
    covariates = covariates == null ? Map.of() : Map.copyOf(covariates);
  }
}
