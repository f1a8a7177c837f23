package org.pragma.instrument;

/** How an instrument's items become a score. */
public enum ScoringMethod {
  /** Sum of answered items over the maximum possible for the answered items, x 100 (ODI, NDI). */
  PERCENT_OF_ANSWERED("percent-of-answered"),
  /** Plain sum after optional recoding, with subscales and risk groups (SBST, PCS, NPRS). */
  SUM("sum"),
  /**
   * PROMIS short form: raw sum, and the T-score with its SE from the items' calibration (summed-score table
   * when complete, response pattern when items are skipped); without a calibration the raw sum is prorated.
   */
  PROMIS_RAW("promis-raw");

  private final String key;

  ScoringMethod(String key) {
    this.key = key;
  }

  /** The value used in instrument files. */
  public String key() {
    return key;
  }

  static ScoringMethod ofKey(String key) {
    for (ScoringMethod m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown scoring method " + key);
  }
}
