package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;

/**
 * The over-constraint check (Moulton 2004; cvcrand's {@code check_validity}): for every pair of
 * clusters, the share of constrained allocations that put them in the same arm, with a warning for
 * each pair that is always (share 1) or never (share 0) together.
 *
 * @param clusterIds cluster ids in input order
 * @param sameArmShare share[i][j] for i ≠ j; the diagonal is 1
 */
public record ValidityReport(List<String> clusterIds, double[][] sameArmShare, List<String> warnings) {

  /** Computes the shares with one bitset per (cluster, arm) over the kept allocations. */
  public static ValidityReport of(ConstrainedSpace space, List<String> clusterIds) {
    int n = clusterIds.size();
    long[][][] member = memberships(space, n);
    double[][] share = new double[n][n];
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      share[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        long same = 0;
        for (int a = 0; a < space.arms(); a++) {
          for (int w = 0; w < member[i][a].length; w++) {
            same += Long.bitCount(member[i][a][w] & member[j][a][w]);
          }
        }
        share[i][j] = share[j][i] = (double) same / space.size();
        if (same == space.size()) {
          warnings.add("clusters " + clusterIds.get(i) + " and " + clusterIds.get(j) + " are always in the same arm");
        } else if (same == 0) {
          warnings.add("clusters " + clusterIds.get(i) + " and " + clusterIds.get(j) + " are never in the same arm");
        }
      }
    }
    return new ValidityReport(List.copyOf(clusterIds), share, List.copyOf(warnings));
  }

  private static long[][][] memberships(ConstrainedSpace space, int n) {
    int arms = space.arms();
    int words = (space.size() + 63) / 64;
    long[][][] member = new long[n][arms][words];
    long all = n == 64 ? -1L : (1L << n) - 1;
    for (int j = 0; j < space.size(); j++) {
      long[] masks = space.masks(j);
      long rest = all;
      for (int a = 0; a <= masks.length; a++) {
        long mask = a < masks.length ? masks[a] : rest;
        rest &= ~mask;
        for (long m = mask; m != 0; m &= m - 1) {
          member[Long.numberOfTrailingZeros(m)][a][j >>> 6] |= 1L << j;
        }
      }
    }
    return member;
  }
}
