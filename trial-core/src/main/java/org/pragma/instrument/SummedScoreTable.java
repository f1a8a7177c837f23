package org.pragma.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw sum to T-score and SE for a complete short form, computed from the item calibrations: the likelihood
 * of every summed score at each theta by the Lord–Wingersky recursion (Lord &amp; Wingersky 1984), then the
 * EAP of theta given the sum. This is how the HealthMeasures scoring manuals' tables are made; the published
 * PI 4a and 8a tables are reproduced value for value (see {@code PromisTablesTest}).
 */
public final class SummedScoreTable {

  private final int lowestRaw;
  private final Map<Integer, TScore> rows;

  private SummedScoreTable(int lowestRaw, Map<Integer, TScore> rows) {
    this.lowestRaw = lowestRaw;
    this.rows = java.util.Collections.unmodifiableMap(rows);
  }

  /**
   * The table for items whose categories 0..k are consecutive option values, so the raw sums run from
   * {@code lowestRaw} (every item at its lowest value; 6 for a PROMIS 6-item adult form) up.
   */
  static SummedScoreTable of(List<GradedResponseItem> items, int lowestRaw, String calibration, ThetaGrid grid) {
    double[][] likelihood = new double[grid.size()][];
    for (int point = 0; point < grid.size(); point++) {
      likelihood[point] = sumLikelihood(items, grid.theta(point));
    }
    Map<Integer, TScore> rows = new LinkedHashMap<>();
    for (int sum = 0; sum < likelihood[0].length; sum++) {
      double[] ofSum = new double[grid.size()];
      for (int point = 0; point < grid.size(); point++) {
        ofSum[point] = likelihood[point][sum];
      }
      rows.put(lowestRaw + sum, grid.posterior(ofSum, calibration));
    }
    return new SummedScoreTable(lowestRaw, rows);
  }

  /** Lord–Wingersky: P(sum of categories = s | theta), adding one item at a time. */
  private static double[] sumLikelihood(List<GradedResponseItem> items, double theta) {
    double[] bySum = {1.0};
    for (GradedResponseItem item : items) {
      double[] p = item.probabilities(theta);
      double[] next = new double[bySum.length + p.length - 1];
      for (int s = 0; s < bySum.length; s++) {
        for (int k = 0; k < p.length; k++) {
          next[s + k] += bySum[s] * p[k];
        }
      }
      bySum = next;
    }
    return bySum;
  }

  /** The T-score of a raw sum, empty outside the form's range. */
  public Optional<TScore> at(int raw) {
    return Optional.ofNullable(rows.get(raw));
  }

  public int lowestRaw() {
    return lowestRaw;
  }

  /** Every row, raw sum to T-score, from the lowest raw sum up. */
  public Map<Integer, TScore> rows() {
    return rows;
  }
}
