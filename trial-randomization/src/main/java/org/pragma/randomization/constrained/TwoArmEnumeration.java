package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.pragma.randomization.BalanceMetric;

/**
 * Walks every two-arm allocation (treated set of t of n clusters) in {@code combn} order — the
 * lexicographic order of the treated positions, which is R's list order — with exact scores.
 *
 * <p><b>Prefix sums.</b> The walk is a depth-first recursion over the treated positions c_1 <
 * … < c_t. Depth d keeps the column sums of the first d treated rows, P_d = P_{d−1} + z_{c_d}
 * (P_0 = 0), so the leaves of one prefix (the last position running up to n) cost one row
 * addition per column each: a swap of one cluster for the next, like a revolving door, and
 * cheaper than Gosper's rule. Because P_t is summed from 0 in increasing row order and the score
 * sums f(S_k) in column order, every score is <b>bit for bit</b> {@link BalanceScorer#score(long)},
 * i.e. exactly the value cvcrand's {@code pmt %*% Zw} order gives: no rescoring, no tolerance.
 *
 * <p><b>Parallel.</b> The tree is cut into prefix tasks (subtrees, in combn order) of at most
 * about 1/64 of the space per worker. One worker per core takes tasks in turn. Each task's first
 * combn rank is known, so results never depend on which worker walked what.
 *
 * <p><b>Two passes, bounded memory.</b> Pass 1 counts the scores per {@link ScoreBuckets} bucket
 * (and, for a small space, stores them all for an exact score distribution). The bucket B of
 * the cho-th smallest score follows. Pass 2 walks again and places each allocation of a bucket
 * ≤ B straight into its bucket's slice of two flat arrays (score, combn key). Sorting each bucket
 * by (score, key) then gives the exact rank order: cvcrand's stable sort with ties in combn order.
 * Memory is about 16 bytes per allocation kept (cho plus the rest of bucket B), never per
 * allocation walked.
 */
final class TwoArmEnumeration {
  private final double[] rows;
  private final int columns;
  private final int n;
  private final int treated;
  private final boolean l2;
  private final long total;
  private final List<Task> tasks;
  private final ScoreBuckets buckets;
  private final int workers;

  /** A subtree: the allocations whose first {@code prefix.length} treated positions are prefix. */
  private record Task(int[] prefix, long firstRank, long leaves) {}

  TwoArmEnumeration(BalanceScorer scorer, int n, int treated) {
    this(scorer, n, treated, Runtime.getRuntime().availableProcessors());
  }

  TwoArmEnumeration(BalanceScorer scorer, int n, int treated, int workers) {
    this.rows = scorer.rows();
    this.columns = scorer.columns();
    this.n = n;
    this.treated = treated;
    this.l2 = scorer.metric() == BalanceMetric.L2;
    this.total = Binomial.choose(n, treated);
    this.workers = Math.max(1, Math.min(64, workers));
    this.buckets = new ScoreBuckets(scorer.bound());
    this.tasks = new ArrayList<>();
    long grain = Math.max(4096, total / (this.workers * 64L));
    split(new int[0], 0, total, grain);
  }

  long total() {
    return total;
  }

  /** Slots a walk may leave unused (the rest of each worker's last block): add to a capacity. */
  int slots() {
    return workers * Walker.BLOCK;
  }

  private void split(int[] prefix, long firstRank, long leaves, long grain) {
    int d = prefix.length;
    if (leaves <= grain || d >= treated - 1) {
      tasks.add(new Task(prefix, firstRank, leaves));
      return;
    }
    long rank = firstRank;
    int from = d == 0 ? 0 : prefix[d - 1] + 1;
    for (int i = from; i <= n - (treated - d); i++) {
      int[] child = java.util.Arrays.copyOf(prefix, d + 1);
      child[d] = i;
      long count = Binomial.choose(n - 1 - i, treated - d - 1);
      split(child, rank, count, grain);
      rank += count;
    }
  }

  /**
   * The allocations a walk kept: scores and combn keys ({@code ~Long.reverse(mask)}) in no
   * particular order, with the number per score bucket.
   */
  record Kept(double[] scores, long[] keys, int length, long count, boolean overflow, long[] histogram,
      ScoreBuckets buckets) {}

  /**
   * One pass over the whole space, keeping every allocation whose score is below {@code below}
   * in arrays of {@code capacity} entries. Slots left unused inside {@code length} hold score +∞
   * (never counted in the histogram). When more than capacity would be kept, the result is
   * flagged and {@code count} tells how many to make room for.
   */
  Kept collect(double below, int capacity) {
    double[] scores = new double[capacity];
    long[] keys = new long[capacity];
    AtomicInteger reserved = new AtomicInteger();
    Walker[] done = new Walker[workers];
    AtomicInteger next = new AtomicInteger();
    IntStream.range(0, workers).parallel().forEach(w -> {
      Walker walker = new Walker(below, scores, keys, reserved);
      for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
        walker.walk(tasks.get(t));
      }
      walker.close();
      done[w] = walker;
    });
    long count = 0;
    boolean overflow = false;
    long[] histogram = new long[ScoreBuckets.COUNT];
    for (Walker walker : done) {
      count += walker.count;
      overflow |= walker.dropped > 0;
      for (int b = 0; b < histogram.length; b++) {
        histogram[b] += walker.histogram[b];
      }
    }
    int length = Math.min(capacity, reserved.get());
    return new Kept(scores, keys, length, count, overflow, histogram, buckets);
  }

  /** One worker: the positions c_0 < … < c_{t−1}, prefix sums and masks per depth, a block of output. */
  private final class Walker {
    private static final int BLOCK = 4096;
    private final int[] c = new int[treated];
    private final double[] prefixSums = new double[(treated + 1) * columns];
    private final long[] prefixMasks = new long[treated + 1];
    private final int[] histogram = new int[ScoreBuckets.COUNT];
    private final double below;
    private final double[] scores;
    private final long[] keys;
    private final AtomicInteger reserved;
    private int fill;
    private int blockEnd;
    private boolean exhausted;
    long count;
    long dropped;

    Walker(double below, double[] scores, long[] keys, AtomicInteger reserved) {
      this.below = below;
      this.scores = scores;
      this.keys = keys;
      this.reserved = reserved;
    }

    /**
     * Every allocation of the task's subtree in combn order: positions above the task's prefix
     * advance like an odometer, and for each prefix of t−2 positions {@link #lastTwo} runs the
     * last two.
     */
    void walk(Task task) {
      int t = treated;
      int[] prefix = task.prefix();
      int fixed = prefix.length;
      java.util.Arrays.fill(prefixSums, 0, columns, 0.0);
      if (t == 1) {
        leaves(0, 0, 0L);
        return;
      }
      int inner = t - 2; // positions c_0..c_{t-3} are walked here
      for (int j = 0; j < inner; j++) {
        c[j] = j < fixed ? prefix[j] : (j == 0 ? 0 : c[j - 1] + 1);
        extend(j);
      }
      int first = fixed > inner ? prefix[inner] : -1; // a task may fix c_{t-2} too
      while (true) {
        int from = inner == 0 ? 0 : c[inner - 1] + 1;
        lastTwo(inner * columns, first >= 0 ? first : from, first >= 0 ? first : n - 2, prefixMasks[inner]);
        int j = inner - 1;
        while (j >= fixed && c[j] == n - t + j) {
          j--;
        }
        if (j < fixed) {
          return;
        }
        c[j]++;
        extend(j);
        for (int q = j + 1; q < inner; q++) {
          c[q] = c[q - 1] + 1;
          extend(q);
        }
      }
    }

    /** Prefix sums and mask of depth j+1 from depth j and position c_j. */
    private void extend(int j) {
      int cols = columns;
      int here = j * cols;
      int row = c[j] * cols;
      for (int k = 0; k < cols; k++) {
        prefixSums[here + cols + k] = prefixSums[here + k] + rows[row + k];
      }
      prefixMasks[j + 1] = prefixMasks[j] | 1L << c[j];
    }

    /** The allocations prefix + {i, j} for i in [fromI, toI], j = i+1..n−1. */
    private void lastTwo(int base, int fromI, int toI, long mask) {
      double[] p = prefixSums;
      double[] z = rows;
      int cols = columns;
      int next = base + cols;
      for (int i = fromI; i <= toI; i++) {
        int row = i * cols;
        for (int k = 0; k < cols; k++) {
          p[next + k] = p[base + k] + z[row + k];
        }
        leaves(next, i + 1, mask | 1L << i);
      }
    }

    /**
     * The allocations prefix + {i} for i = from..n−1, two at a time (independent sums, so the
     * processor overlaps them); each score sums f(P_k + z_ik) over k in column order from 0.
     */
    private void leaves(int base, int from, long mask) {
      double[] p = prefixSums;
      double[] z = rows;
      int cols = columns;
      int i = from;
      if (l2) {
        for (; i + 1 < n; i += 2) {
          int r1 = i * cols;
          int r2 = r1 + cols;
          double a = 0;
          double b = 0;
          for (int k = 0; k < cols; k++) {
            double pk = p[base + k];
            double s = pk + z[r1 + k];
            double u = pk + z[r2 + k];
            a += s * s;
            b += u * u;
          }
          visit(a, mask | 1L << i);
          visit(b, mask | 1L << (i + 1));
        }
        if (i < n) {
          int r1 = i * cols;
          double a = 0;
          for (int k = 0; k < cols; k++) {
            double s = p[base + k] + z[r1 + k];
            a += s * s;
          }
          visit(a, mask | 1L << i);
        }
      } else {
        for (; i + 1 < n; i += 2) {
          int r1 = i * cols;
          int r2 = r1 + cols;
          double a = 0;
          double b = 0;
          for (int k = 0; k < cols; k++) {
            double pk = p[base + k];
            a += Math.abs(pk + z[r1 + k]);
            b += Math.abs(pk + z[r2 + k]);
          }
          visit(a, mask | 1L << i);
          visit(b, mask | 1L << (i + 1));
        }
        if (i < n) {
          int r1 = i * cols;
          double a = 0;
          for (int k = 0; k < cols; k++) {
            a += Math.abs(p[base + k] + z[r1 + k]);
          }
          visit(a, mask | 1L << i);
        }
      }
    }

    private void visit(double score, long mask) {
      if (score < below) {
        count++;
        if (fill == blockEnd) {
          reserve();
        }
        if (fill < blockEnd) {
          histogram[buckets.of(score)]++;
          scores[fill] = score;
          keys[fill++] = ~Long.reverse(mask);
        } else {
          dropped++;
        }
      }
    }

    private void reserve() {
      if (exhausted) {
        return;
      }
      int cap = scores.length;
      int start = reserved.getAndAdd(BLOCK);
      if (start >= cap - BLOCK) {
        exhausted = true; // no more room after this block: later keeps are only counted
      }
      fill = Math.min(start, cap);
      blockEnd = (int) Math.min((long) start + BLOCK, cap);
    }

    /** Marks the unused rest of the last block as empty. */
    void close() {
      java.util.Arrays.fill(scores, fill, blockEnd, Double.POSITIVE_INFINITY);
      fill = blockEnd;
    }
  }
}
