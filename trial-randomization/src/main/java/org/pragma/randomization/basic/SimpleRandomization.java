package org.pragma.randomization.basic;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Complete randomization: one uniformly random permutation of the fixed arm sizes (a
 * Fisher–Yates shuffle of the cluster positions; arm a takes the next n_a shuffled positions).
 */
public final class SimpleRandomization {
  private SimpleRandomization() {}

  /** Arm index (request order) per cluster row. */
  public static int[] allocate(int[] sizes, RandomGenerator rng) {
    int n = java.util.stream.IntStream.of(sizes).sum();
    int[] perm = java.util.stream.IntStream.range(0, n).toArray();
    for (int pos = 0; pos < n - 1; pos++) {
      int pick = pos + rng.nextInt(n - pos);
      int t = perm[pos];
      perm[pos] = perm[pick];
      perm[pick] = t;
    }
    int[] arms = new int[n];
    int pos = 0;
    for (int a = 0; a < sizes.length; a++) {
      for (int j = 0; j < sizes[a]; j++) {
        arms[perm[pos++]] = a;
      }
    }
    return arms;
  }
}
