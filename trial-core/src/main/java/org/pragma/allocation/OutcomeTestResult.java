package org.pragma.allocation;

import java.util.List;

/**
 * A clustered permutation test of one outcome over a committed wave's constrained space.
 *
 * @param outcome the outcome in words ("ODI (0–100) change from Baseline to Month 3")
 * @param arms per arm: patients and sites with the outcome, the mean and SD over patients
 * @param statistic D = Σ over sites of ±(site mean residual), + for {@code firstArm}, − for the other
 * @param pValue share of the space's allocations whose |D| is at least the observed |D|
 * @param allocations allocations in the constrained space the p-value is taken over
 * @param method how the test was computed, in words
 */
public record OutcomeTestResult(String study, int wave, String outcome, String firstArm, List<ArmOutcome> arms,
    double statistic, double pValue, int allocations, String method, List<String> warnings) {

  public OutcomeTestResult {
    arms = List.copyOf(arms);
    warnings = List.copyOf(warnings);
  }

  /** One arm's outcome: patients and sites contributing, mean and standard deviation over patients. */
  public record ArmOutcome(String arm, int patients, int sites, double mean, Double sd) {}
}
