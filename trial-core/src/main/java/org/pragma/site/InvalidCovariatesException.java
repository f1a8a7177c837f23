package org.pragma.site;

import java.util.List;
import org.pragma.shared.DomainException;

/** A site's covariate values do not fit the covariates its study file names. */
public class InvalidCovariatesException extends DomainException {
  private final List<CovariateRules.Violation> violations;

  public InvalidCovariatesException(String siteCode, List<CovariateRules.Violation> violations) {
    super(Kind.RULE, "invalid-covariates",
        "Site " + siteCode + " has " + violations.size() + " covariate value(s) the study file does not allow: see errors.");
    this.violations = List.copyOf(violations);
  }

  @Override
  public List<CovariateRules.Violation> errors() {
    return violations;
  }
}
