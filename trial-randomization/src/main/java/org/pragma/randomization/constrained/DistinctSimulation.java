package org.pragma.randomization.constrained;

import java.util.ArrayList;
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
    int stride = sizes.length - 1;
    Candidates drawn = new Candidates(stride, count);
    long[] codes = drawn.codes;
    DrawIndex seen = new DrawIndex(stride, count);
    int[] perm = IntStream.range(0, n).toArray();
    long attempts = 0;
    long maxAttempts = 50L * count + 1_000_000L;
    int size = 0;
    int scored = 0;
    List<ForkJoinTask<?>> scoring = new ArrayList<>();
    while (size < count) {
      if (++attempts > maxAttempts) {
        throw new RandomizationInputException("could not draw " + count
            + " distinct allocations; the space is too small, enumerate it instead");
      }
      int at = size * stride;
      shuffleInto(perm, sizes, codes, at, rng);
      if (seen.addIfAbsent(codes, at)) {
        drawn.keys[size] = size;
        size++;
        if (size - scored == SCORE_CHUNK || size == count) {
          int from = scored;
          int to = size;
          // score finished draws on another core while this one keeps drawing
          scoring.add(ForkJoinPool.commonPool().submit(() -> scorer.scoreRange(codes, drawn.scores, from, to)));
          scored = size;
        }
      }
    }
    drawn.size = size;
    for (ForkJoinTask<?> task : scoring) {
      task.join();
    }
    return drawn;
  }

  /**
   * One draw: a partial Fisher–Yates shuffle of the positions with {@code rng.nextInt(n − pos)};
   * arm a takes the next n_a positions. Writes the k−1 masks at {@code at}.
   */
  private static void shuffleInto(int[] perm, int[] sizes, long[] codes, int at, RandomGenerator rng) {
    int n = perm.length;
    int pos = 0;
    for (int a = 0; a < sizes.length - 1; a++) {
      long mask = 0;
      for (int j = 0; j < sizes[a]; j++, pos++) {
        int pick = pos + rng.nextInt(n - pos);
        int chosen = perm[pick];
        perm[pick] = perm[pos];
        perm[pos] = chosen;
        mask |= 1L << chosen;
      }
      codes[at + a] = mask;
    }
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
