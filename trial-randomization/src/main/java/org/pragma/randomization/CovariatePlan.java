package org.pragma.randomization;

import java.util.ArrayList;
import java.util.List;

/**
 * The covariates as scored. With stratification under constrained randomization cvcrand discards
 * the user's weights, gives every covariate weight 1 and the stratification covariate 1000
 * (effectively 10⁶ under l2); Pragma does the same, matching the column by name only (cvcrand's
 * column-number form crashes), and warns when weights were discarded.
 */
record CovariatePlan(List<Covariate> covariates, List<String> warnings) {
  static final double STRATUM_WEIGHT = 1000;

  static CovariatePlan of(RandomizationRequest request) {
    String stratum = request.stratifyBy();
    if (stratum == null || request.method() != Method.CONSTRAINED) {
      return new CovariatePlan(request.covariates(), List.of());
    }
    boolean listed = request.covariates().stream().anyMatch(c -> c.name().equals(stratum) && c.categorical());
    if (!listed) {
      throw new RandomizationInputException("stratify column " + stratum + " must be one of the categorical covariates");
    }
    List<String> warnings = new ArrayList<>();
    if (request.covariates().stream().anyMatch(c -> c.weight() != 1)) {
      warnings.add("weights are ignored with stratification (as in cvcrand): every covariate has weight 1, "
          + stratum + " has weight 1000");
    }
    List<Covariate> plan = request.covariates().stream()
        .map(c -> c.withWeight(c.name().equals(stratum) ? STRATUM_WEIGHT : 1)).toList();
    return new CovariatePlan(plan, warnings);
  }
}
