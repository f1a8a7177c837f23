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
 * about 1/64 of the space per worker. One worker per core takes tasks in turn. Scores do not
 * depend on which worker walked what, and the selection orders by a total key, so neither does
 * the result.
 *
 * <p><b>Bounded memory.</b> One pass keeps only the allocations below a given score (all of them
 * for a small space), 16 bytes each, in blocks reserved per worker, and counts them per {@link
 * ScoreBuckets} bucket for {@link RankSelection}, which orders them by (score, combn key): R's
 * stable sort with ties in combn order, whatever the walk's order. A pass may instead hand each
 * allocation below the score to a per-worker {@link Sink} that keeps only counts ({@link
 * StreamedSelection}), so that a space whose kept allocations do not fit is never held.
 */
final class TwoArmEnumeration {
  private static final int WIDTH = 8;
  /** Weighted z values, row-major, each row padded with zeros to {@link #columns}. */
  private final double[] rows;
  /** Padded row width: the design's columns rounded up to a multiple of {@link #WIDTH}. */
  private final int columns;
  private final int n;
  private final int treated;
  private final boolean l2;
  /** The design's own columns (at most {@link #WIDTH} when rows are one block): the rest are padding. */
  private final int active;
  private final long total;
  private final List<Task> tasks;
  private final ScoreBuckets buckets;
  private final int workers;

  /** A subtree: the allocations whose first {@code prefix.length} treated positions are prefix. */
  private record Task(int[] prefix, long leaves) {}

  TwoArmEnumeration(BalanceScorer scorer, int n, int treated) {
    this(scorer, n, treated, Runtime.getRuntime().availableProcessors());
  }

  TwoArmEnumeration(BalanceScorer scorer, int n, int treated, int workers) {
    // pad every row with zero columns to a multiple of WIDTH: (P + 0)² adds +0 to a score, so
    // scores are unchanged bit for bit, and the inner loops get a constant trip count
    int cols = scorer.columns();
    this.columns = Math.max(WIDTH, (cols + WIDTH - 1) / WIDTH * WIDTH);
    double[] z = scorer.rows();
    this.rows = new double[n * columns];
    for (int i = 0; i < n; i++) {
      System.arraycopy(z, i * cols, rows, i * columns, cols);
    }
    this.n = n;
    this.treated = treated;
    this.l2 = scorer.metric() == BalanceMetric.L2;
    this.active = cols;
    this.total = Binomial.choose(n, treated);
    this.workers = Math.max(1, Math.min(64, workers));
    this.buckets = new ScoreBuckets(scorer.bound());
    this.tasks = new ArrayList<>();
    long grain = Math.max(4096, total / (this.workers * 64L));
    split(new int[0], total, grain);
  }

  long total() {
    return total;
  }

  int workers() {
    return workers;
  }

  /** The score buckets of this space's bound. */
  ScoreBuckets buckets() {
    return buckets;
  }

  /** Slots a walk may leave unused (the rest of each worker's last block): add to a capacity. */
  int slots() {
    return workers * Collector.BLOCK;
  }

  private void split(int[] prefix, long leaves, long grain) {
    int d = prefix.length;
    if (leaves <= grain || d >= treated - 1) {
      tasks.add(new Task(prefix, leaves));
      return;
    }
    int from = d == 0 ? 0 : prefix[d - 1] + 1;
    for (int i = from; i <= n - (treated - d); i++) {
      int[] child = java.util.Arrays.copyOf(prefix, d + 1);
      child[d] = i;
      long count = Binomial.choose(n - 1 - i, treated - d - 1);
      split(child, count, grain);
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
    List<Collector> done = pass(below, w -> new Collector(scores, keys, reserved));
    long count = 0;
    boolean overflow = false;
    long[] histogram = new long[ScoreBuckets.COUNT];
    for (Collector c : done) {
      c.close();
      count += c.count;
      overflow |= c.dropped > 0;
      for (int b = 0; b < histogram.length; b++) {
        histogram[b] += c.histogram[b];
      }
    }
    int length = Math.min(capacity, reserved.get());
    return new Kept(scores, keys, length, count, overflow, histogram, buckets);
  }

  /**
   * Receives, from one worker, each allocation whose score is below the pass's limit: its exact
   * score and treated mask. A worker's allocations of one task come in combn order, after {@link
   * #task}.
   */
  interface Sink {
    void accept(double score, long mask);

    /** The worker starts task {@code index} (tasks are numbered in combn order). */
    default void task(int index) {}
  }

  /** Number of prefix tasks, in combn order: their allocations partition the space. */
  int taskCount() {
    return tasks.size();
  }

  /**
   * One pass over the whole space on all workers: each worker's sink receives the allocations
   * scoring below {@code below} of the tasks it takes. Returns the sinks, one per worker.
   */
  <S extends Sink> List<S> pass(double below, java.util.function.IntFunction<S> sinkOfWorker) {
    List<S> sinks = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      sinks.add(sinkOfWorker.apply(w));
    }
    AtomicInteger next = new AtomicInteger();
    IntStream.range(0, workers).parallel().forEach(w -> {
      Walker walker = new Walker(below, sinks.get(w));
      for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
        sinks.get(w).task(t);
        walker.walk(tasks.get(t));
      }
    });
    return sinks;
  }

  /** The allocations of task {@code index} scoring below {@code below}, in combn order, on this thread. */
  void walkTask(int index, double below, Sink sink) {
    sink.task(index);
    new Walker(below, sink).walk(tasks.get(index));
  }

  /** Keeps allocations in blocks of shared arrays, counting them per score bucket. */
  private final class Collector implements Sink {
    private static final int BLOCK = 4096;
    private final int[] histogram = new int[ScoreBuckets.COUNT];
    private final double[] scores;
    private final long[] keys;
    private final AtomicInteger reserved;
    private int fill;
    private int blockEnd;
    private boolean exhausted;
    long count;
    long dropped;

    Collector(double[] scores, long[] keys, AtomicInteger reserved) {
      this.scores = scores;
      this.keys = keys;
      this.reserved = reserved;
    }

    @Override
    public void accept(double score, long mask) {
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

  /** One worker: the positions c_0 < … < c_{t−1} and prefix sums and masks per depth. */
  private final class Walker {
    private final int[] c = new int[treated];
    private final double[] prefixSums = new double[(treated + 1) * columns];
    private final long[] prefixMasks = new long[treated + 1];
    private final double below;
    private final Sink sink;

    Walker(double below, Sink sink) {
      this.below = below;
      this.sink = sink;
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
        int fromI = first >= 0 ? first : from;
        int toI = first >= 0 ? first : n - 2;
        if (columns == WIDTH) {
          if (active <= 6 && l2) {
            lastTwo6(inner * WIDTH, fromI, toI, prefixMasks[inner]);
          } else {
            lastTwo8(inner * WIDTH, fromI, toI, prefixMasks[inner]);
          }
        } else {
          lastTwo(inner * columns, fromI, toI, prefixMasks[inner]);
        }
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
      double[] p = prefixSums;
      double[] z = rows;
      if (cols == WIDTH) {
        for (int k = 0; k < WIDTH; k++) { // constant trip count: unrolled
          p[here + WIDTH + k] = p[here + k] + z[row + k];
        }
      } else {
        for (int k = 0; k < cols; k++) {
          p[here + cols + k] = p[here + k] + z[row + k];
        }
      }
      prefixMasks[j + 1] = prefixMasks[j] | 1L << c[j];
    }

    /**
     * {@link #lastTwo} for rows of exactly 8 (padded) columns, with the prefix sums in registers:
     * the same additions in the same order, without loop overhead.
     */
    private void lastTwo8(int base, int fromI, int toI, long mask) {
      double[] z = rows;
      double[] p = prefixSums;
      double p0 = p[base];
      double p1 = p[base + 1];
      double p2 = p[base + 2];
      double p3 = p[base + 3];
      double p4 = p[base + 4];
      double p5 = p[base + 5];
      double p6 = p[base + 6];
      double p7 = p[base + 7];
      boolean squares = l2;
      double limit = below;
      for (int i = fromI; i <= toI; i++) {
        int r = i << 3;
        double q0 = p0 + z[r];
        double q1 = p1 + z[r + 1];
        double q2 = p2 + z[r + 2];
        double q3 = p3 + z[r + 3];
        double q4 = p4 + z[r + 4];
        double q5 = p5 + z[r + 5];
        double q6 = p6 + z[r + 6];
        double q7 = p7 + z[r + 7];
        long m = mask | 1L << i;
        for (int j = i + 1; j < n; j++) {
          int s = j << 3;
          double t0 = q0 + z[s];
          double t1 = q1 + z[s + 1];
          double t2 = q2 + z[s + 2];
          double t3 = q3 + z[s + 3];
          double t4 = q4 + z[s + 4];
          double t5 = q5 + z[s + 5];
          double t6 = q6 + z[s + 6];
          double t7 = q7 + z[s + 7];
          double score = 0;
          if (squares) {
            score += t0 * t0;
            score += t1 * t1;
            score += t2 * t2;
            score += t3 * t3;
            score += t4 * t4;
            score += t5 * t5;
            score += t6 * t6;
            score += t7 * t7;
          } else {
            score += Math.abs(t0);
            score += Math.abs(t1);
            score += Math.abs(t2);
            score += Math.abs(t3);
            score += Math.abs(t4);
            score += Math.abs(t5);
            score += Math.abs(t6);
            score += Math.abs(t7);
          }
          if (score < limit) {
            keep(score, m | 1L << j);
          }
        }
      }
    }

    /**
     * {@link #lastTwo8} under l2 for at most 6 design columns: the padding columns 6 and 7 would
     * only add +0 to each score (exact), so they are left out; the same additions in the same order
     * otherwise.
     */
    private void lastTwo6(int base, int fromI, int toI, long mask) {
      double[] z = rows;
      double[] p = prefixSums;
      double p0 = p[base];
      double p1 = p[base + 1];
      double p2 = p[base + 2];
      double p3 = p[base + 3];
      double p4 = p[base + 4];
      double p5 = p[base + 5];
      double limit = below;
      for (int i = fromI; i <= toI; i++) {
        int r = i << 3;
        double q0 = p0 + z[r];
        double q1 = p1 + z[r + 1];
        double q2 = p2 + z[r + 2];
        double q3 = p3 + z[r + 3];
        double q4 = p4 + z[r + 4];
        double q5 = p5 + z[r + 5];
        long m = mask | 1L << i;
        for (int j = i + 1; j < n; j++) {
          int s = j << 3;
          double t0 = q0 + z[s];
          double t1 = q1 + z[s + 1];
          double t2 = q2 + z[s + 2];
          double t3 = q3 + z[s + 3];
          double t4 = q4 + z[s + 4];
          double t5 = q5 + z[s + 5];
          double score = 0;
          score += t0 * t0;
          score += t1 * t1;
          score += t2 * t2;
          score += t3 * t3;
          score += t4 * t4;
          score += t5 * t5;
          if (score < limit) {
            keep(score, m | 1L << j);
          }
        }
      }
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
        keep(score, mask);
      }
    }

    private void keep(double score, long mask) {
      sink.accept(score, mask);
    }
  }
}
