package org.pragma.randomization.constrained;

/**
 * Every allocation of n clusters to arms of given sizes, in nested {@code combn} order: the first
 * arm's positions in lexicographic order, then for each of them the second arm's positions among
 * the rest, and so on. For two arms this is exactly cvcrand's enumeration order.
 */
public final class LexicographicAllocations {
  /** Receives each allocation as k−1 arm masks (bit i = cluster in row i); the array is reused. */
  @FunctionalInterface
  public interface Visitor {
    void visit(long[] masks);
  }

  private final int n;
  private final int[] sizes;

  public LexicographicAllocations(int n, int[] sizes) {
    this.n = n;
    this.sizes = sizes.clone();
  }

  public void forEach(Visitor visitor) {
    long all = n == 64 ? -1L : (1L << n) - 1;
    choose(0, all, new long[sizes.length - 1], visitor);
  }

  private void choose(int arm, long available, long[] masks, Visitor visitor) {
    if (arm == sizes.length - 1) {
      visitor.visit(masks);
      return;
    }
    int[] positions = positions(available);
    int r = sizes[arm];
    int m = positions.length;
    int[] c = new int[r];
    for (int j = 0; j < r; j++) {
      c[j] = j;
    }
    while (true) {
      long mask = 0;
      for (int j = 0; j < r; j++) {
        mask |= 1L << positions[c[j]];
      }
      masks[arm] = mask;
      choose(arm + 1, available & ~mask, masks, visitor);
      int j = r - 1;
      while (j >= 0 && c[j] == m - r + j) {
        j--;
      }
      if (j < 0) {
        return;
      }
      c[j]++;
      for (int i = j + 1; i < r; i++) {
        c[i] = c[i - 1] + 1;
      }
    }
  }

  private static int[] positions(long available) {
    int[] p = new int[Long.bitCount(available)];
    int i = 0;
    for (long m = available; m != 0; m &= m - 1) {
      p[i++] = Long.numberOfTrailingZeros(m);
    }
    return p;
  }
}
