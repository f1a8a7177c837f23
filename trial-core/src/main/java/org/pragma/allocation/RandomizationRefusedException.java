package org.pragma.allocation;

import org.pragma.shared.DomainException;

/** The sites cannot be randomized as asked (missing covariates, too few sites, a constant covariate...). */
public class RandomizationRefusedException extends DomainException {
  public RandomizationRefusedException(String message) {
    super(Kind.RULE, "randomization-refused", message);
  }
}
