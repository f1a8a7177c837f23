package org.pragma.randomization;

import java.util.List;

/**
 * Arm sizes from arm shares by the largest-remainder (Hamilton) rule: arm a first gets
 * floor(n·share_a/Σshare); the clusters left over go one each to the arms with the largest
 * fractional parts, ties to the arm listed first. Shares that sum to n are returned unchanged.
 */
public final class ArmSizes {
  private ArmSizes() {}

  public static int[] apportion(int clusters, List<Arm> arms) {
    long total = arms.stream().mapToLong(Arm::share).sum();
    int[] sizes = new int[arms.size()];
    long[] remainders = new long[arms.size()];
    int given = 0;
    for (int a = 0; a < sizes.length; a++) {
      long scaled = (long) clusters * arms.get(a).share();
      sizes[a] = (int) (scaled / total);
      remainders[a] = scaled % total;
      given += sizes[a];
    }
    for (int left = clusters - given; left > 0; left--) {
      int best = 0;
      for (int a = 1; a < sizes.length; a++) {
        if (remainders[a] > remainders[best]) {
          best = a;
        }
      }
      sizes[best]++;
      remainders[best] = -1;
    }
    return sizes;
  }
}
