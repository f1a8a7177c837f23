package org.pragma.followup;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An instrument's reported score, in one place for Java and SQL: the T-score (PROMIS), else the percent
 * (ODI, NDI), else the total; none when the questionnaire could not be scored. Exports read it per
 * questionnaire, the dashboard sums it in the database.
 */
public final class ReportedScore {
  private ReportedScore() {}

  public static Optional<BigDecimal> of(boolean scored, Integer total, BigDecimal percent, BigDecimal tScore) {
    if (!scored) {
      return Optional.empty();
    }
    if (tScore != null) {
      return Optional.of(tScore);
    }
    return Optional.ofNullable(percent).or(() -> Optional.ofNullable(total).map(BigDecimal::valueOf));
  }

  /** The same rule as an SQL expression over the columns of {@code instrument_response} aliased {@code r}. */
  public static String sql(String r) {
    return "(case when " + r + ".scored then coalesce(" + r + ".t_score, " + r + ".percent, 1.0 * " + r + ".total) end)";
  }
}
