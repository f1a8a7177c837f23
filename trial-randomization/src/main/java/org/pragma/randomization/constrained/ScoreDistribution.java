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

  /** Describes {@code scores[0..size)} but +∞ (empty slots); the array is copied, never modified. */
  static ScoreDistribution of(double[] scores, int size, long allocations, boolean sampled) {
    double[] work = new double[size];
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (scores[i] != Double.POSITIVE_INFINITY) {
        work[count++] = scores[i];
      }
    }
    work = count == size ? work : Arrays.copyOf(work, count);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : work) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double[] q = quantilesType7(work, PROBABILITIES);
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

  /**
   * R's default quantiles, x[h] + (h − floor h)(x[h+1] − x[h]) with h = (n−1)p, 0-based, for
   * ascending {@code p}: one multi-selection of all the order statistics needed (reorders work).
   */
  static double[] quantilesType7(double[] work, double[] p) {
    int n = work.length;
    int[] needed = new int[2 * p.length];
    int count = 0;
    for (double prob : p) {
      double h = (n - 1) * prob;
      int lo = (int) Math.floor(h);
      needed[count++] = lo;
      needed[count++] = Math.min(lo + 1, n - 1);
    }
    int[] ks = Arrays.stream(needed, 0, count).distinct().sorted().toArray();
    select(work, 0, n - 1, ks, 0, ks.length - 1);
    double[] q = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double h = (n - 1) * p[i];
      int lo = (int) Math.floor(h);
      double low = work[lo];
      q[i] = lo + 1 >= n || h == lo ? low : low + (h - lo) * (work[lo + 1] - low);
    }
    return q;
  }

  /** Puts the ks[klo..khi]-th smallest of a[lo..hi] (ks ascending) at their sorted positions. */
  private static void select(double[] a, int lo, int hi, int[] ks, int klo, int khi) {
    while (klo <= khi && lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      // now a[lo..j] <= pivot, a[j+1..i-1] == pivot, a[i..hi] >= pivot
      int left = klo;
      while (left <= khi && ks[left] <= j) left++;
      int right = left;
      while (right <= khi && ks[right] < i) right++;
      select(a, lo, j, ks, klo, left - 1);
      lo = i;
      klo = right;
    }
  }
}
