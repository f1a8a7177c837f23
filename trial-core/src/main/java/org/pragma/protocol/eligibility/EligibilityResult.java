package org.pragma.protocol.eligibility;

import java.util.List;
import java.util.Map;

/**
 * The outcome of screening one patient: eligible only when every criterion is met; {@code derived} holds
 * the computed values (e.g. {@code pain-duration-days}, {@code age}); {@code failed} lists each unmet
 * criterion with its human reason, in protocol order.
 */
public record EligibilityResult(boolean eligible, Map<String, Object> derived, List<FailedCriterion> failed) {

  public EligibilityResult {
    derived = Map.copyOf(derived);
    failed = List.copyOf(failed);
  }

  /** An unmet criterion and the reason to show. */
  public record FailedCriterion(String code, Criterion.Kind kind, String reason) {}
}
