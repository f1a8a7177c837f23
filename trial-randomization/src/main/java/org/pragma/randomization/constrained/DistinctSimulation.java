package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.pragma.randomization.RandomizationInputException;

/**
 * Draws {@code count} distinct random allocations (cvcrand's simulation, except that Pragma keeps
 * drawing until it has {@code count} distinct ones, where cvcrand keeps the distinct rows among
 * {@code size} draws). Each draw is a partial Fisher–Yates shuffle of the cluster positions with
 * the request's generator; arm a takes the next n_a shuffled positions. Tie keys are the order of
 * first occurrence, as after R's {@code unique}.
 */
final class DistinctSimulation {
  private static final int SCORE_CHUNK = 1 << 15;

  private DistinctSimulation() {}

  static Candidates draw(BalanceScorer scorer, int[] sizes, int count, RandomGenerator rng) {
    int n = IntStream.of(sizes).sum();
    long[] digits = baseKDigits(sizes.length, n);
    return digits == null ? drawOneByOne(scorer, sizes, count, rng) : drawInBatch(scorer, sizes, count, rng, digits);
  }

  /**
   * Draws {@code count} allocations in a row, then finds repeats by sorting their one-long codes
   * (cache-friendly, on all cores) instead of probing a hash table per draw; repeats (rare) are
   * dropped and replaced by further draws, checked one by one. The kept allocations and their
   * order are exactly those of drawing one by one until {@code count} are distinct. Draws are
   * scored on another core while drawing continues.
   */
  static Candidates drawInBatch(BalanceScorer scorer, int[] sizes, int count, RandomGenerator rng,
      long[] digits) {
    int n = IntStream.of(sizes).sum();
    int stride = sizes.length - 1;
    long start = digits[digits.length - 1];
    Candidates drawn = new Candidates(stride, count);
    long[] codes = drawn.codes;
    long[] keyCodes = new long[count];
    int[] perm = IntStream.range(0, n).toArray();
    List<ForkJoinTask<?>> scoring = new ArrayList<>();
    for (int i = 0, scored = 0; i < count; i++) {
      keyCodes[i] = shuffleInto(perm, sizes, codes, i * stride, rng, digits, start);
      if (i + 1 - scored == SCORE_CHUNK || i + 1 == count) {
        int from = scored;
        int to = i + 1;
        // score finished draws on another core while this one keeps drawing
        scoring.add(ForkJoinPool.commonPool().submit(() -> scorer.scoreRange(codes, drawn.scores, from, to)));
        scored = to;
      }
    }
    long[] sorted = keyCodes.clone();
    Arrays.parallelSort(sorted);
    java.util.Set<Long> repeated = new java.util.HashSet<>();
    for (int i = 1; i < count; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeated.add(sorted[i]);
      }
    }
    for (ForkJoinTask<?> task : scoring) {
      task.join();
    }
    int size = count;
    if (!repeated.isEmpty()) {
      java.util.Set<Long> seen = new java.util.HashSet<>();
      size = 0;
      for (int i = 0; i < count; i++) {
        if (repeated.contains(keyCodes[i]) && !seen.add(keyCodes[i])) {
          continue; // a repeat: dropped, later draws move up
        }
        System.arraycopy(codes, i * stride, codes, size * stride, stride);
        drawn.scores[size] = drawn.scores[i];
        size++;
      }
    }
    java.util.Set<Long> later = new java.util.HashSet<>();
    long attempts = 0;
    long maxAttempts = 50L * count + 1_000_000L;
    double[] sums = new double[stride * scorer.columnsCount()];
    int[] at = new int[64];
    while (size < count) {
      if (++attempts > maxAttempts) {
        throw new RandomizationInputException("could not draw " + count
            + " distinct allocations; the space is too small, enumerate it instead");
      }
      long code = shuffleInto(perm, sizes, codes, size * stride, rng, digits, start);
      if (Arrays.binarySearch(sorted, code) < 0 && later.add(code)) {
        drawn.scores[size] = scorer.score(codes, size * stride, sums, at);
        size++;
      }
    }
    for (int i = 0; i < count; i++) {
      drawn.keys[i] = i;
    }
    drawn.size = count;
    return drawn;
  }

  /** Draws one at a time, checking each against a hash set of the k−1 masks (codes too long for a long). */
  static Candidates drawOneByOne(BalanceScorer scorer, int[] sizes, int count, RandomGenerator rng) {
    int n = IntStream.of(sizes).sum();
    int stride = sizes.length - 1;
    Candidates drawn = new Candidates(stride, count);
    long[] codes = drawn.codes;
    DrawIndex seen = new DrawIndex(stride, count);
    int[] perm = IntStream.range(0, n).toArray();
    long attempts = 0;
    long maxAttempts = 50L * count + 1_000_000L;
    int size = 0;
    while (size < count) {
      if (++attempts > maxAttempts) {
        throw new RandomizationInputException("could not draw " + count
            + " distinct allocations; the space is too small, enumerate it instead");
      }
      int at = size * stride;
      shuffleInto(perm, sizes, codes, at, rng, null, 0);
      if (seen.addIfAbsent(codes, at)) {
        drawn.keys[size] = size;
        size++;
      }
    }
    drawn.size = size;
    scorer.scoreAll(codes, drawn.scores, size);
    return drawn;
  }

  /**
   * One draw: a partial Fisher–Yates shuffle of the positions with {@code rng.nextInt(n − pos)};
   * arm a takes the next n_a positions. Writes the k−1 masks at {@code at} and returns the
   * allocation's base-k code (see {@link #baseKDigits}) when {@code digits} is given.
   */
  private static long shuffleInto(int[] perm, int[] sizes, long[] codes, int at, RandomGenerator rng,
      long[] digits, long start) {
    int n = perm.length;
    int pos = 0;
    long code = start;
    for (int a = 0; a < sizes.length - 1; a++) {
      long mask = 0;
      for (int j = 0; j < sizes[a]; j++, pos++) {
        int pick = pos + rng.nextInt(n - pos);
        int chosen = perm[pick];
        perm[pick] = perm[pos];
        perm[pos] = chosen;
        mask |= 1L << chosen;
        if (digits != null) {
          code += digits[a * n + chosen];
        }
      }
      codes[at + a] = mask;
    }
    return code;
  }

  /**
   * An allocation's code Σ_i arm(i)·k^i, one long per allocation when k^n < 2^62, built while
   * drawing: it starts at (k−1)·Σ_i k^i (every cluster in the last arm) and a cluster i drawn into
   * arm a adds (a − (k−1))·k^i. The code is never 0 (the last arm is never empty). Returns those
   * increments, a·n + i, followed by the start; or null when the codes would not fit.
   */
  static long[] baseKDigits(int k, int n) {
    long[] power = new long[n];
    long p = 1;
    for (int i = 0; i < n; i++) {
      power[i] = p;
      if (p > (1L << 62) / k / k) {
        return null;
      }
      p *= k;
    }
    long[] digits = new long[(k - 1) * n + 1];
    long start = 0;
    for (int i = 0; i < n; i++) {
      start += (k - 1) * power[i];
      for (int a = 0; a < k - 1; a++) {
        digits[a * n + i] = (a - (k - 1)) * power[i];
      }
    }
    digits[digits.length - 1] = start;
    return digits;
  }

  /**
   * Open-addressing set of the allocations drawn so far. Each slot holds the k−1 masks inline
   * (one cache line per probe); an empty slot has a zero first mask, which no allocation has
   * because every arm holds at least one cluster.
   */
  private static final class DrawIndex {
    private final long[] slots;
    private final int stride;
    private final int bits;

    DrawIndex(int stride, int count) {
      this.stride = stride;
      int capacity = Integer.highestOneBit(Math.max(16, count) * 2 - 1) << 1;
      this.slots = new long[capacity * stride];
      this.bits = capacity - 1;
    }

    /** Adds the k−1 masks at {@code codes[from]}, unless already present. */
    boolean addIfAbsent(long[] codes, int from) {
      long h = 0;
      for (int a = 0; a < stride; a++) {
        h = (h ^ codes[from + a]) * 0x9E3779B97F4A7C15L;
      }
      h ^= h >>> 32;
      h *= 0xD6E8FEB86659FD93L;
      int i = (int) (h ^ (h >>> 32)) & bits;
      while (true) {
        int at = i * stride;
        if (slots[at] == 0) {
          System.arraycopy(codes, from, slots, at, stride);
          return true;
        }
        if (same(at, codes, from)) {
          return false;
        }
        i = (i + 1) & bits;
      }
    }

    private boolean same(int at, long[] codes, int from) {
      for (int a = 0; a < stride; a++) {
        if (slots[at + a] != codes[from + a]) {
          return false;
        }
      }
      return true;
    }
  }
}
