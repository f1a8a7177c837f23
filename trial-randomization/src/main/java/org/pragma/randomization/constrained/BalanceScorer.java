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
   * clusters in increasing row order. {@code sums} is scratch of (arms−1)·columns.
   */
  public double score(long[] codes, int offset, double[] sums) {
    for (int a = 0; a < arms - 1; a++) {
      int base = a * columns;
      java.util.Arrays.fill(sums, base, base + columns, 0.0);
      for (long m = codes[offset + a]; m != 0; m &= m - 1) {
        int row = Long.numberOfTrailingZeros(m) * columns;
        for (int k = 0; k < columns; k++) {
          sums[base + k] += rows[row + k];
        }
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

  /** Scores allocations 0..count−1 of {@code codes} (k−1 masks each) into {@code scores}, on all cores. */
  public void scoreAll(long[] codes, double[] scores, int count) {
    int stride = arms - 1;
    int chunk = 1 << 14;
    java.util.stream.IntStream.range(0, (count + chunk - 1) / chunk).parallel().forEach(c -> {
      double[] sums = new double[stride * columns];
      int end = Math.min(count, (c + 1) * chunk);
      for (int i = c * chunk; i < end; i++) {
        scores[i] = score(codes, i * stride, sums);
      }
    });
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
