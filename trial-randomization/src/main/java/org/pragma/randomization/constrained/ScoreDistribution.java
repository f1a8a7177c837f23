package org.pragma.randomization.constrained;

import java.util.Arrays;

/**
 * The distribution of balance scores over a set of allocations: min, max, the quantiles cvcrand
 * prints (R's type 7 at 5%, 10%, 15%, 20%, 25%, 30%, 50%, 75%, 95%... see {@link #PROBABILITIES})
 * and a histogram of equal-width bins between min and max.
 *
 * @param allocations how many allocations it describes
 * @param sampled true when computed from a uniform sample of a very large space (see README)
 */
public record ScoreDistribution(long allocations, boolean sampled, double min, double max,
    double[] probabilities, double[] quantiles, double[] binEdges, long[] binCounts) {

  public static final double[] PROBABILITIES = {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.50, 0.75, 0.95, 1};
  private static final int BINS = 20;

  /** Describes {@code scores[0..size)}; the array is copied, never modified. */
  static ScoreDistribution of(double[] scores, int size, long allocations, boolean sampled) {
    double[] work = Arrays.copyOf(scores, size);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : work) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double[] q = new double[PROBABILITIES.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = quantileType7(work, PROBABILITIES[i]);
    }
    double[] edges = new double[BINS + 1];
    for (int b = 0; b <= BINS; b++) {
      edges[b] = min + (max - min) * b / BINS;
    }
    long[] counts = new long[BINS];
    for (double s : work) {
      int b = max > min ? (int) ((s - min) / (max - min) * BINS) : 0;
      counts[Math.min(b, BINS - 1)]++;
    }
    return new ScoreDistribution(allocations, sampled, min, max, PROBABILITIES.clone(), q, edges, counts);
  }

  /** R's default quantile: x[h] + (h − floor h)(x[h+1] − x[h]) with h = (n−1)p, 0-based. */
  static double quantileType7(double[] work, double p) {
    double h = (work.length - 1) * p;
    int lo = (int) Math.floor(h);
    double low = Selection.kth(work, lo);
    if (lo + 1 >= work.length || h == lo) {
      return low;
    }
    double high = Selection.kth(work, lo + 1);
    return low + (h - lo) * (high - low);
  }
}
