package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.pragma.randomization.BalanceMetric;

/**
 * Walks every two-arm allocation (treated mask with t of n bits) in colex order, chunked over
 * both cores. Each step moves to the next mask (Gosper's rule) and updates the treated sums S_k
 * only for the clusters that changed arm — O(columns) per changed cluster, about two per step —
 * and resynchronizes the sums from scratch every 256 steps so the incremental error stays far
 * below {@link #slack()}. Incremental scores only filter; kept allocations are rescored exactly
 * by {@link BalanceScorer}, so the result does not depend on the walk order or the thread count.
 */
final class TwoArmEnumeration {
  private static final int RESYNC = 256;
  private final BalanceScorer scorer;
  private final int n;
  private final int treated;
  private final long total;

  TwoArmEnumeration(BalanceScorer scorer, int n, int treated) {
    this.scorer = scorer;
    this.n = n;
    this.treated = treated;
    this.total = Binomial.choose(n, treated);
  }

  long total() {
    return total;
  }

  /** Absolute tolerance covering the incremental error of a score. */
  double slack() {
    return 1e-10 * scorer.bound() + Double.MIN_NORMAL;
  }

  /** The incrementally computed score of every allocation, indexed by colex rank. */
  double[] approximateScores() {
    double[] out = new double[Math.toIntExact(total)];
    long[] bounds = chunkBounds();
    IntStream.range(0, bounds.length - 1).parallel()
        .forEach(c -> walk(bounds[c], bounds[c + 1] - bounds[c], out, null, 0, 0));
    return out;
  }

  /**
   * Every allocation whose incremental score is at most {@code approxLimit} and whose exact score
   * is at most {@code keepLimit}, with its exact score and combn-order tie key.
   */
  Candidates collect(double approxLimit, double keepLimit, long expected) {
    long[] bounds = chunkBounds();
    int chunks = bounds.length - 1;
    int perChunk = (int) Math.min(Integer.MAX_VALUE / 2, expected / chunks + 1024);
    List<Candidates> parts = new ArrayList<>(IntStream.range(0, chunks).parallel().mapToObj(c -> {
      Candidates part = new Candidates(1, perChunk, false);
      walk(bounds[c], bounds[c + 1] - bounds[c], null, part, approxLimit, keepLimit);
      return part;
    }).toList());
    return Candidates.concat(parts, 1, false);
  }

  private long[] chunkBounds() {
    int chunks = (int) Math.max(1, Math.min(256, total / 100_000));
    long[] bounds = new long[chunks + 1];
    for (int c = 0; c <= chunks; c++) {
      bounds[c] = total / chunks * c + Math.min(c, total % chunks);
    }
    return bounds;
  }

  private void walk(long from, long count, double[] out, Candidates sink, double approxLimit, double keepLimit) {
    double[] rows = scorer.rows();
    int columns = scorer.columns();
    boolean l2 = scorer.metric() == BalanceMetric.L2;
    double[] sums = new double[columns];
    long mask = unrankColex(from);
    for (long step = 0; step < count; step++) {
      if ((step & (RESYNC - 1)) == 0) {
        resync(mask, rows, columns, sums);
      }
      double score = 0;
      for (int k = 0; k < columns; k++) {
        score += l2 ? sums[k] * sums[k] : Math.abs(sums[k]);
      }
      if (out != null) {
        out[(int) (from + step)] = score;
      } else if (score <= approxLimit) {
        double exact = scorer.score(mask);
        if (exact <= keepLimit) {
          sink.add(mask, exact, ~Long.reverse(mask));
        }
      }
      if (step + 1 < count) {
        long next = nextColex(mask);
        move(mask & ~next, next & ~mask, rows, columns, sums);
        mask = next;
      }
    }
  }

  private static void move(long leaving, long entering, double[] rows, int columns, double[] sums) {
    for (long m = leaving; m != 0; m &= m - 1) {
      int base = Long.numberOfTrailingZeros(m) * columns;
      for (int k = 0; k < columns; k++) {
        sums[k] -= rows[base + k];
      }
    }
    for (long m = entering; m != 0; m &= m - 1) {
      int base = Long.numberOfTrailingZeros(m) * columns;
      for (int k = 0; k < columns; k++) {
        sums[k] += rows[base + k];
      }
    }
  }

  private static void resync(long mask, double[] rows, int columns, double[] sums) {
    java.util.Arrays.fill(sums, 0);
    move(0, mask, rows, columns, sums);
  }

  /** Gosper's rule: the next larger integer with the same number of set bits. */
  static long nextColex(long mask) {
    long lowest = mask & -mask;
    long ripple = mask + lowest;
    return ripple | ((ripple ^ mask) >>> (2 + Long.numberOfTrailingZeros(mask)));
  }

  /** The treated mask of colex rank {@code rank} (combinatorial number system). */
  long unrankColex(long rank) {
    long mask = 0;
    long r = rank;
    int top = n - 1;
    for (int i = treated; i >= 1; i--) {
      while (Binomial.choose(top, i) > r) {
        top--;
      }
      mask |= 1L << top;
      r -= Binomial.choose(top, i);
      top--;
    }
    return mask;
  }
}
