package org.pragma.randomization.constrained;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * The best allocations of a scored list, in rank order (score ascending, then tie key ascending
 * unsigned), without sorting the whole list. With the scores counted per {@link ScoreBuckets}
 * bucket, the bucket B holding the {@code cho}-th score is known; the entries of buckets ≤ B move
 * to the front in bucket order, in place, and each bucket is sorted on its own.
 *
 * <p>When at most a quarter of the entries are kept, they are placed by bucket into new arrays in
 * one sequential pass. Otherwise the move is in place, an American-flag pass in two levels for
 * locality: first by groups of {@value #GROUP_BITS}-bit runs of buckets (few write positions, so
 * they stay in cache), then, group by group and on all cores, by bucket within the group.
 */
final class RankSelection {
  private static final int GROUP_BITS = 6;
  private static final int PARALLEL = 1 << 15;

  private RankSelection() {}

  /** As {@link #select(double[], long[], int, int, ScoreBuckets, long[])}, counting the buckets first. */
  static int select(double[] scores, long[] keys, int length, int cho, double bound) {
    ScoreBuckets buckets = new ScoreBuckets(bound);
    long[] histogram = new long[ScoreBuckets.COUNT];
    for (int i = 0; i < length; i++) {
      if (scores[i] != Double.POSITIVE_INFINITY) {
        histogram[buckets.of(scores[i])]++;
      }
    }
    return select(scores, keys, length, cho, buckets, histogram);
  }

  /**
   * Reorders {@code scores[0..length)} and {@code keys} so that the first {@code m} entries, m
   * returned, are in rank order: the best {@code cho} and every entry tied with the cho-th.
   * {@code histogram} counts the finite scores per bucket; +∞ entries are empty slots.
   */
  static int select(double[] scores, long[] keys, int length, int cho, ScoreBuckets buckets, long[] histogram) {
    int last = ScoreBuckets.bucketOfRank(histogram, cho);
    int[] starts = new int[last + 2];
    int kept = 0;
    for (int b = 0; b <= last; b++) {
      starts[b] = kept;
      kept += (int) histogram[b];
    }
    starts[last + 1] = kept;
    double limit = buckets.limitAbove(last);
    if (kept <= length / 4) {
      // few kept: place them by bucket into small new arrays in one sequential pass
      double[] keptScores = new double[kept];
      long[] keptKeys = new long[kept];
      int[] cursors = java.util.Arrays.copyOf(starts, last + 1);
      for (int i = 0; i < length; i++) {
        double s = scores[i];
        if (s < limit) {
          int at = cursors[buckets.of(s)]++;
          keptScores[at] = s;
          keptKeys[at] = keys[i];
        }
      }
      for (int b = 0; b <= last; b++) {
        ScoreBuckets.sort(keptScores, keptKeys, starts[b], starts[b + 1] - 1);
      }
      System.arraycopy(keptScores, 0, scores, 0, kept);
      System.arraycopy(keptKeys, 0, keys, 0, kept);
      return kept;
    }
    // level 1: groups of buckets, plus one class for everything beyond bucket `last`
    int groups = (last >>> GROUP_BITS) + 1;
    int[] groupStarts = new int[groups + 2];
    for (int g = 0; g < groups; g++) {
      groupStarts[g] = starts[g << GROUP_BITS];
    }
    groupStarts[groups] = kept;
    groupStarts[groups + 1] = length;
    flag(scores, keys, groupStarts, groups, s -> s < limit ? buckets.of(s) >>> GROUP_BITS : groups);
    // level 2: buckets within each group, then sort each bucket
    Groups task = new Groups(scores, keys, starts, last, buckets, 0, groups);
    if (kept < PARALLEL) {
      task.compute();
    } else {
      ForkJoinPool.commonPool().invoke(task);
    }
    return kept;
  }

  @FunctionalInterface
  private interface Classifier {
    int of(double score);
  }

  /**
   * American flag: moves every entry to its class's slice; {@code starts[c]..starts[c+1]} is
   * class c's slice for c in 0..classes (class {@code classes} is the rest, left unordered).
   */
  private static void flag(double[] scores, long[] keys, int[] starts, int classes, Classifier classifier) {
    int[] heads = java.util.Arrays.copyOf(starts, classes + 1);
    for (int c = 0; c < classes; c++) {
      int end = starts[c + 1];
      while (heads[c] < end) {
        int i = heads[c];
        double s = scores[i];
        long k = keys[i];
        int cls = classifier.of(s);
        while (cls != c) {
          int j = heads[cls]++;
          double ts = scores[j];
          long tk = keys[j];
          scores[j] = s;
          keys[j] = k;
          s = ts;
          k = tk;
          cls = classifier.of(s);
        }
        scores[i] = s;
        keys[i] = k;
        heads[c]++;
      }
    }
  }

  /** Level 2 for groups [from, to): split in halves of about equal size on all cores. */
  private static final class Groups extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient double[] scores;
    private final transient long[] keys;
    private final transient int[] starts;
    private final transient ScoreBuckets buckets;
    private final int last;
    private final int from;
    private final int to;

    Groups(double[] scores, long[] keys, int[] starts, int last, ScoreBuckets buckets, int from, int to) {
      this.scores = scores;
      this.keys = keys;
      this.starts = starts;
      this.last = last;
      this.buckets = buckets;
      this.from = from;
      this.to = to;
    }

    private int start(int group) {
      return starts[Math.min(group << GROUP_BITS, last + 1)];
    }

    @Override
    protected void compute() {
      if (to - from > 1 && start(to) - start(from) > PARALLEL) {
        int half = (start(from) + start(to)) >>> 1;
        int mid = from + 1;
        while (mid < to - 1 && start(mid + 1) <= half) {
          mid++;
        }
        invokeAll(new Groups(scores, keys, starts, last, buckets, from, mid),
            new Groups(scores, keys, starts, last, buckets, mid, to));
        return;
      }
      for (int g = from; g < to; g++) {
        int first = g << GROUP_BITS;
        int end = Math.min(first + (1 << GROUP_BITS), last + 1);
        int[] local = new int[end - first + 1];
        for (int b = first; b <= end; b++) {
          local[b - first] = starts[b];
        }
        flag(scores, keys, local, end - first, s -> buckets.of(s) - first);
        for (int b = first; b < end; b++) {
          ScoreBuckets.sort(scores, keys, starts[b], starts[b + 1] - 1);
        }
      }
    }
  }

  /**
   * The kept allocations of {@code all} — whose tie keys must be their list positions — in rank
   * order: at least the best {@code cho}, and every allocation tied with the {@code cho}-th.
   */
  static Candidates best(Candidates all, int cho) {
    int size = all.size;
    double max = 0;
    for (int i = 0; i < size; i++) {
      max = Math.max(max, all.scores[i]);
    }
    double[] scores = java.util.Arrays.copyOf(all.scores, size);
    long[] index = new long[size];
    for (int i = 0; i < size; i++) {
      index[i] = i;
    }
    int kept = select(scores, index, size, cho, max);
    int stride = all.stride;
    Candidates out = new Candidates(stride, kept);
    long[] masks = new long[stride];
    for (int j = 0; j < kept; j++) {
      int i = (int) index[j];
      System.arraycopy(all.codes, i * stride, masks, 0, stride);
      out.add(masks, 0, scores[j], all.key(i));
    }
    return out;
  }
}
