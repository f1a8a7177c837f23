package org.pragma.randomization.basic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.pragma.randomization.RandomizationInputException;
import org.pragma.randomization.constrained.DesignMatrix;

/**
 * Pair-matched randomization for two equal arms: clusters are paired greedily on the Euclidean
 * distance between their weighted standardized covariates (closest remaining pair first, ties to
 * the lower row numbers), then a fair coin sends one cluster of each pair to the first arm.
 */
public final class PairMatchedRandomization {
  private PairMatchedRandomization() {}

  /** The matched pairs as row numbers, closest pair first. */
  public static List<int[]> pairs(DesignMatrix matrix) {
    int n = matrix.clusters();
    if (n % 2 != 0) {
      throw new RandomizationInputException("pair matching needs an even number of clusters, got " + n);
    }
    boolean[] used = new boolean[n];
    List<int[]> pairs = new ArrayList<>();
    while (pairs.size() < n / 2) {
      int[] best = null;
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n && !used[i]; j++) {
          double d = used[j] ? Double.POSITIVE_INFINITY : distance(matrix, i, j);
          if (d < bestDistance) {
            bestDistance = d;
            best = new int[] {i, j};
          }
        }
      }
      used[best[0]] = used[best[1]] = true;
      pairs.add(best);
    }
    return pairs;
  }

  /** Arm 0 or 1 per cluster row. */
  public static int[] allocate(List<int[]> pairs, int clusters, RandomGenerator rng) {
    int[] arms = new int[clusters];
    for (int[] pair : pairs) {
      boolean firstTreated = rng.nextBoolean();
      arms[pair[0]] = firstTreated ? 0 : 1;
      arms[pair[1]] = firstTreated ? 1 : 0;
    }
    return arms;
  }

  private static double distance(DesignMatrix m, int i, int j) {
    double s = 0;
    for (int k = 0; k < m.columns(); k++) {
      double d = m.weighted(i, k) - m.weighted(j, k);
      s += d * d;
    }
    return s;
  }
}
