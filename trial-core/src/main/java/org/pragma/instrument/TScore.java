package org.pragma.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A PROMIS T-score (mean 50, SD 10 in the US general population) with its standard error, one decimal as in
 * the HealthMeasures tables.
 *
 * @param standardError empty only for a T-score copied from a table that gives none
 * @param calibration the calibration version it was computed with; empty for a copied table
 */
public record TScore(BigDecimal value, Optional<BigDecimal> standardError, Optional<String> calibration) {

  /** T = 50 + 10 * E[theta], SE = 10 * SD[theta], each rounded half up to one decimal. */
  static TScore ofTheta(double mean, double sd, String calibration) {
    return new TScore(oneDecimal(50 + 10 * mean), Optional.of(oneDecimal(10 * sd)), Optional.of(calibration));
  }

  static TScore fromTable(BigDecimal value) {
    return new TScore(value, Optional.empty(), Optional.empty());
  }

  private static BigDecimal oneDecimal(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
  }

  /** As people read it: "T 61.2 (SE 2.3)", or "T 61.2" without a standard error. */
  public String text() {
    return "T " + value.toPlainString() + standardError.map(se -> " (SE " + se.toPlainString() + ")").orElse("");
  }
}
