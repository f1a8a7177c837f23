package org.pragma.instrument;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of one completed instrument. Every part the instrument does not define, or that cannot be
 * computed because too many items are unanswered, is empty; {@link #missingItemRule()} says why.
 *
 * @param total sum of the scored item values; for PROMIS the raw score, prorated when the rule says so
 * @param percent 0-100 for percent-of-answered instruments, one decimal, half up
 * @param tScore PROMIS T-score with its standard error, when the instrument file carries a calibration (or a
 *     raw-to-T table); the raw sum stays in {@code total}
 * @param subscales subscale code to sum; empty when none are defined or no score is given
 * @param band interpretation band of the instrument, when defined
 */
public record Score(
    String instrument,
    String instrumentVersion,
    MissingItemRule missingItemRule,
    String missingItemRuleApplied,
    int itemsAnswered,
    int itemCount,
    Optional<Integer> total,
    Optional<BigDecimal> percent,
    Optional<TScore> tScore,
    Map<String, Integer> subscales,
    Optional<String> riskGroup,
    Optional<String> band) {

  public Score {
    subscales = Map.copyOf(subscales);
  }

  /** Whether a score was given (not too many unanswered items). */
  public boolean isScored() {
    return missingItemRule != MissingItemRule.TOO_MANY_MISSING;
  }
}
