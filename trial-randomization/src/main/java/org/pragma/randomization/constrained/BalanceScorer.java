package org.pragma.randomization.constrained;

import org.pragma.randomization.BalanceMetric;

/**
 * The balance score B of an allocation, evaluated in one fixed order so the same allocation gets
 * the same bits on every machine and in every walk order.
 *
 * <p>For k arms, with S_ak = Σ_{i in arm a} w_k·z_ik (z standardized, hence centred, so each
 * arm's expected share n_a/n·Σ_i z_ik is 0): <b>B = Σ_k ½ Σ_a f(S_ak)</b> with f(x) = x² (l2) or
 * |x| (l1). S_ak is summed over the arm's clusters in increasing row order for every arm but the
 * last; the last arm's sum is −Σ_{a<k} S_ak (the centring identity). For two arms this is
 * ½(f(S) + f(−S)) = f(S), bit for bit, i.e. cvcrand's Σ_k (w_k S_k(T))² or Σ_k |w_k S_k(T)| with
 * the treated sums taken in increasing row order as its {@code pmt %*% Zw} does.
 */
public final class BalanceScorer {
  private final double[] rows;
  private final int columns;
  private final int arms;
  private final BalanceMetric metric;

  public BalanceScorer(DesignMatrix matrix, BalanceMetric metric, int arms) {
    this.rows = matrix.weightedRows();
    this.columns = matrix.columns();
    this.arms = arms;
    this.metric = metric;
  }

  public int arms() {
    return arms;
  }

  /** Score of the allocation whose first k−1 arm masks start at {@code codes[offset]}. */
  public double score(long[] codes, int offset) {
    double total = 0;
    for (int k = 0; k < columns; k++) {
      double inner = 0;
      double others = 0;
      for (int a = 0; a < arms - 1; a++) {
        double s = armSum(codes[offset + a], k);
        others += s;
        inner += metric.apply(s);
      }
      inner += metric.apply(-others);
      total += 0.5 * inner;
    }
    return total;
  }

  /**
   * The same score as {@link #score(long[], int)}, bit for bit, with one pass over each arm's
   * clusters instead of one per column: each column's sum still runs from 0 over the arm's
   * clusters in increasing row order. {@code sums} (of (arms−1)·columns) and {@code at} (of 64) are scratch.
   */
  public double score(long[] codes, int offset, double[] sums, int[] at) {
    for (int a = 0; a < arms - 1; a++) {
      int count = 0;
      for (long m = codes[offset + a]; m != 0; m &= m - 1) {
        at[count++] = Long.numberOfTrailingZeros(m) * columns;
      }
      int base = a * columns;
      int k = 0;
      for (; k + 3 < columns; k += 4) { // four independent running sums: latency, not order, shared
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int q = 0; q < count; q++) {
          int r = at[q] + k;
          s0 += rows[r];
          s1 += rows[r + 1];
          s2 += rows[r + 2];
          s3 += rows[r + 3];
        }
        sums[base + k] = s0;
        sums[base + k + 1] = s1;
        sums[base + k + 2] = s2;
        sums[base + k + 3] = s3;
      }
      for (; k < columns; k++) {
        double s = 0;
        for (int q = 0; q < count; q++) {
          s += rows[at[q] + k];
        }
        sums[base + k] = s;
      }
    }
    double total = 0;
    for (int k = 0; k < columns; k++) {
      double inner = 0;
      double others = 0;
      for (int a = 0; a < arms - 1; a++) {
        double s = sums[a * columns + k];
        others += s;
        inner += metric.apply(s);
      }
      inner += metric.apply(-others);
      total += 0.5 * inner;
    }
    return total;
  }

  /** Scores allocations from..to−1 of {@code codes} (k−1 masks each) into {@code scores}. */
  public void scoreRange(long[] codes, double[] scores, int from, int to) {
    int stride = arms - 1;
    double[] sums = new double[stride * columns];
    int[] at = new int[64];
    for (int i = from; i < to; i++) {
      scores[i] = score(codes, i * stride, sums, at);
    }
  }

  /** Scores allocations 0..count−1 of {@code codes} (k−1 masks each) into {@code scores}, on all cores. */
  public void scoreAll(long[] codes, double[] scores, int count) {
    int chunk = 1 << 14;
    java.util.stream.IntStream.range(0, (count + chunk - 1) / chunk).parallel()
        .forEach(c -> scoreRange(codes, scores, c * chunk, Math.min(count, (c + 1) * chunk)));
  }

  /** Score of a two-arm allocation given its treated mask: cvcrand's B(T). */
  public double score(long treated) {
    double total = 0;
    for (int k = 0; k < columns; k++) {
      double s = armSum(treated, k);
      total += 0.5 * (metric.apply(s) + metric.apply(-s));
    }
    return total;
  }

  private double armSum(long mask, int column) {
    double s = 0;
    for (long m = mask; m != 0; m &= m - 1) {
      s += rows[Long.numberOfTrailingZeros(m) * columns + column];
    }
    return s;
  }

  /**
   * An upper bound on any score, used to size the tolerance of incrementally updated scores:
   * Σ_k (Σ_i |w_k z_ik|)² for l2, Σ_k Σ_i |w_k z_ik| for l1.
   */
  public double bound() {
    double total = 0;
    int n = rows.length / Math.max(columns, 1);
    for (int k = 0; k < columns; k++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += Math.abs(rows[i * columns + k]);
      }
      total += metric.apply(s);
    }
    return total;
  }

  /** Number of design columns. */
  public int columnsCount() {
    return columns;
  }

  double[] rows() {
    return rows;
  }

  int columns() {
    return columns;
  }

  BalanceMetric metric() {
    return metric;
  }
}
