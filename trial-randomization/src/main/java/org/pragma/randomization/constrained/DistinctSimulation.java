package org.pragma.randomization.constrained;

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
  private DistinctSimulation() {}

  static Candidates draw(BalanceScorer scorer, int[] sizes, int count, RandomGenerator rng) {
    int n = IntStream.of(sizes).sum();
    int stride = sizes.length - 1;
    Candidates drawn = new Candidates(stride, count);
    DrawIndex seen = new DrawIndex(drawn, count);
    int[] perm = IntStream.range(0, n).toArray();
    long[] masks = new long[stride];
    long attempts = 0;
    long maxAttempts = 50L * count + 1_000_000L;
    while (drawn.size < count) {
      if (++attempts > maxAttempts) {
        throw new RandomizationInputException("could not draw " + count
            + " distinct allocations; the space is too small, enumerate it instead");
      }
      shuffleInto(perm, sizes, masks, rng);
      if (seen.addIfAbsent(masks)) {
        drawn.add(masks, 0, 0, drawn.size);
      }
    }
    scorer.scoreAll(drawn.codes, drawn.scores, drawn.size);
    return drawn;
  }

  private static void shuffleInto(int[] perm, int[] sizes, long[] masks, RandomGenerator rng) {
    int n = perm.length;
    int pos = 0;
    for (int a = 0; a < masks.length; a++) {
      long mask = 0;
      for (int j = 0; j < sizes[a]; j++, pos++) {
        int pick = pos + rng.nextInt(n - pos);
        int tmp = perm[pos];
        perm[pos] = perm[pick];
        perm[pick] = tmp;
        mask |= 1L << perm[pos];
      }
      masks[a] = mask;
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

    DrawIndex(Candidates drawn, int count) {
      this.stride = drawn.stride;
      int capacity = Integer.highestOneBit(Math.max(16, count) * 2 - 1) << 1;
      this.slots = new long[capacity * stride];
      this.bits = capacity - 1;
    }

    boolean addIfAbsent(long[] masks) {
      long h = 0;
      for (long m : masks) {
        h = (h ^ m) * 0x9E3779B97F4A7C15L;
      }
      h ^= h >>> 32;
      h *= 0xD6E8FEB86659FD93L;
      int i = (int) (h ^ (h >>> 32)) & bits;
      while (true) {
        int at = i * stride;
        if (slots[at] == 0) {
          System.arraycopy(masks, 0, slots, at, stride);
          return true;
        }
        if (same(at, masks)) {
          return false;
        }
        i = (i + 1) & bits;
      }
    }

    private boolean same(int at, long[] masks) {
      for (int a = 0; a < stride; a++) {
        if (slots[at + a] != masks[a]) {
          return false;
        }
      }
      return true;
    }
  }
}
