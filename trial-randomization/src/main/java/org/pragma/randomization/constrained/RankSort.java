package org.pragma.randomization.constrained;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Puts the {@code prefix} best candidates, in rank order (score, then tie key), at the front:
 * quickselect around the prefix boundary, then a parallel quicksort of the prefix only. The
 * order is total (tie keys are distinct), so the result does not depend on the algorithm.
 */
final class RankSort {
  private static final int INSERTION = 24;
  private static final int PARALLEL = 50_000;

  private RankSort() {}

  static void sortPrefix(Candidates c, int prefix) {
    if (prefix < c.size) {
      select(c, 0, c.size - 1, prefix);
    }
    ForkJoinPool.commonPool().invoke(new Sort(c, 0, Math.min(prefix, c.size) - 1));
  }

  /** Rearranges [lo, hi] so that positions below {@code k} hold the k best. */
  private static void select(Candidates c, int lo, int hi, int k) {
    while (hi > lo) {
      int p = partition(c, lo, hi);
      if (p == k) {
        return;
      } else if (p < k) {
        lo = p + 1;
      } else {
        hi = p - 1;
      }
    }
  }

  /** Lomuto partition around the median of three; returns the pivot's final position. */
  private static int partition(Candidates c, int lo, int hi) {
    int mid = (lo + hi) >>> 1;
    if (c.compare(mid, lo) < 0) c.swap(mid, lo);
    if (c.compare(hi, lo) < 0) c.swap(hi, lo);
    if (c.compare(hi, mid) < 0) c.swap(hi, mid);
    c.swap(mid, hi);
    int store = lo;
    for (int i = lo; i < hi; i++) {
      if (c.compare(i, hi) < 0) {
        c.swap(i, store++);
      }
    }
    c.swap(store, hi);
    return store;
  }

  private static void insertion(Candidates c, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && c.compare(j, j - 1) < 0; j--) {
        c.swap(j, j - 1);
      }
    }
  }

  private static final class Sort extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final transient Candidates c;
    private final int lo;
    private final int hi;

    Sort(Candidates c, int lo, int hi) {
      this.c = c;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    protected void compute() {
      int l = lo;
      int h = hi;
      while (h - l > INSERTION) {
        int p = partition(c, l, h);
        if (h - l > PARALLEL) {
          invokeAll(new Sort(c, l, p - 1), new Sort(c, p + 1, h));
          return;
        }
        if (p - l < h - p) {
          new Sort(c, l, p - 1).compute();
          l = p + 1;
        } else {
          new Sort(c, p + 1, h).compute();
          h = p - 1;
        }
      }
      insertion(c, l, h);
    }
  }
}
