package org.pragma.instrument;

import java.util.List;

/**
 * One item's calibration in Samejima's graded response model, as PROMIS publishes it:
 * P(X &ge; k | &theta;) = 1 / (1 + exp(-a (&theta; - b<sub>k</sub>))), categories 0..k in the order of increasing
 * option value (for PROMIS adult forms the values 1..5).
 *
 * @param bankItem the item's identifier in the bank, e.g. PAININ9
 * @param slope a, the discrimination
 * @param thresholds b1..bk; a valid calibration has them strictly increasing
 */
public record GradedResponseItem(String bankItem, double slope, List<Double> thresholds) {

  public GradedResponseItem {
    thresholds = List.copyOf(thresholds);
  }

  /** Number of response categories this calibration describes: thresholds + 1. */
  public int categories() {
    return thresholds.size() + 1;
  }

  /** Whether each threshold is above the one before (otherwise some category would get a negative probability). */
  public boolean hasIncreasingThresholds() {
    for (int k = 1; k < thresholds.size(); k++) {
      if (thresholds.get(k) <= thresholds.get(k - 1)) {
        return false;
      }
    }
    return true;
  }

  /** P(X = category | theta) for every category. */
  double[] probabilities(double theta) {
    double[] p = new double[categories()];
    double above = 1.0;
    for (int k = 0; k < thresholds.size(); k++) {
      double next = 1.0 / (1.0 + Math.exp(-slope * (theta - thresholds.get(k))));
      p[k] = above - next;
      above = next;
    }
    p[thresholds.size()] = above;
    return p;
  }
}
