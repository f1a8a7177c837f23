package org.pragma.protocol;

import java.util.List;
import java.util.Optional;

/** How clinics are randomized: method, cluster-level covariates with balance weights, strata, cutoff. */
public record RandomizationDesign(String method, List<Covariate> covariates, List<String> strata,
    Optional<Integer> blockSize, Optional<Double> constraintCutoff) {

  public RandomizationDesign {
    covariates = List.copyOf(covariates);
    strata = List.copyOf(strata);
  }

  /** A cluster-level covariate: categorical, binary or continuous, with its weight in the balance score. */
  public record Covariate(String code, String type, double weight) {}
}
