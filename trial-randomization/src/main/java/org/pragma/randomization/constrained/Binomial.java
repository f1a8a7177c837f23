package org.pragma.randomization.constrained;

/** Exact binomial coefficients C(n, k) for n ≤ 64 (all fit in a long), and multinomial counts. */
final class Binomial {
  private static final long[][] TABLE = new long[65][65];

  static {
    for (int n = 0; n <= 64; n++) {
      TABLE[n][0] = 1;
      for (int k = 1; k <= n; k++) {
        TABLE[n][k] = TABLE[n - 1][k - 1] + (k <= n - 1 ? TABLE[n - 1][k] : 0);
      }
    }
  }

  private Binomial() {}

  static long choose(int n, int k) {
    return k < 0 || k > n ? 0 : TABLE[n][k];
  }

  /**
   * Number of ways to split n clusters into arms of the given sizes, or {@link Long#MAX_VALUE}
   * when it exceeds a long (such a space can only be simulated).
   */
  static long multinomial(int[] sizes) {
    int left = 0;
    for (int s : sizes) {
      left += s;
    }
    long count = 1;
    for (int a = 0; a < sizes.length - 1; a++) {
      long ways = choose(left, sizes[a]);
      if (ways != 0 && count > Long.MAX_VALUE / ways) {
        return Long.MAX_VALUE;
      }
      count *= ways;
      left -= sizes[a];
    }
    return count;
  }
}
