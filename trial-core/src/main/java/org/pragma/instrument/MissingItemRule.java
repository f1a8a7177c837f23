package org.pragma.instrument;

/** Which rule for unanswered items decided a score; reported with every score. */
public enum MissingItemRule {
  /** Every item was answered; no rule was needed. */
  ALL_ANSWERED,
  /** ODI/NDI: the denominator shrank by the maximum of each unanswered item (Fairbank &amp; Pynsent 2000). */
  DENOMINATOR_REDUCED,
  /** A sum that allows some unanswered items: they are left out of the sum (no imputation). */
  ANSWERED_ONLY,
  /** PROMIS: raw sum x items on form / items answered, rounded up (HealthMeasures hand-scoring rule). */
  PRORATED,
  /**
   * PROMIS with a calibration: some items skipped, so the T-score is the response-pattern EAP of the
   * answered items (HealthMeasures' preferred scoring) and the total is the sum of the answered items.
   */
  RESPONSE_PATTERN,
  /** Too many items unanswered: no score is given. */
  TOO_MANY_MISSING
}
