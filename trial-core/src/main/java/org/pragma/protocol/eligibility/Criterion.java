package org.pragma.protocol.eligibility;

import java.util.Map;

/** An inclusion rule (must be true) or exclusion rule (must be false) with the reason shown on failure. */
public record Criterion(String code, Kind kind, Condition when, String reason) {

  /** Inclusion or exclusion. */
  public enum Kind { INCLUSION, EXCLUSION }

  public boolean isMetBy(Map<String, Object> values) {
    boolean holds = when.test(values);
    return kind == Kind.INCLUSION ? holds : !holds;
  }
}
