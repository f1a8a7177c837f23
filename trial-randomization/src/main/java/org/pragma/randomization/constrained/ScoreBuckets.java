package org.pragma.randomization.constrained;

/**
 * Monotone buckets of non-negative scores, used to find the constrained space without sorting
 * the whole space: count the scores per bucket, find the bucket B that holds the cho-th smallest,
 * then keep only buckets ≤ B and sort each bucket on its own.
 *
 * <p>A score's bucket is the top {@value #MANTISSA_BITS} mantissa bits plus exponent of its IEEE
 * bits, relative to a bound above every score: {@value #BINADES} binades below the bound, {@code
 * 2^MANTISSA_BITS} buckets per binade (relative width 2^-13). Scores further below share bucket 0;
 * scores above the bound (only by rounding) share the last one. For non-negative doubles the raw
 * bits order like the values, so {@code a ≤ b} implies {@code bucket(a) ≤ bucket(b)}, and equal
 * scores always share a bucket: ties are never split across buckets.
 */
final class ScoreBuckets {
  static final int MANTISSA_BITS = 13;
  static final int BINADES = 32;
  static final int COUNT = BINADES << MANTISSA_BITS;
  private static final int SHIFT = 52 - MANTISSA_BITS;
  private static final int INSERTION = 20;

  /** Bucket number of the bound's own top bits, minus the buckets below it. */
  private final int base;

  /** @param bound an upper bound on every score (need not be tight; positive) */
  ScoreBuckets(double bound) {
    double b = bound > 0 && Double.isFinite(bound) ? bound : Double.MAX_VALUE / 4;
    int top = (int) (Double.doubleToRawLongBits(b * 2) >>> SHIFT);
    base = top - (COUNT - 1);
  }

  /** The bucket of a non-negative score (monotone non-decreasing in the score). */
  int of(double score) {
    int b = (int) (Double.doubleToRawLongBits(score) >>> SHIFT) - base;
    return b < 0 ? 0 : (b >= COUNT ? COUNT - 1 : b);
  }

  /** The smallest score of bucket {@code b + 1}: score is in a bucket ≤ b iff score < this. */
  double limitAbove(int b) {
    if (b >= COUNT - 1) {
      return Double.POSITIVE_INFINITY;
    }
    return Double.longBitsToDouble((long) (b + 1 + base) << SHIFT);
  }

  /** The raw IEEE bits of the smallest score in bucket {@code b} (0 for bucket 0). */
  long lowBits(int b) {
    return b == 0 ? 0 : Math.max(0, (long) (b + base) << SHIFT);
  }

  /** One above the raw IEEE bits of the largest score in bucket {@code b}. */
  long highBits(int b) {
    return b >= COUNT - 1 ? Long.MAX_VALUE : Math.max(1, (long) (b + 1 + base) << SHIFT);
  }

  /** The bucket holding the {@code rank}-th smallest (1-based) of the counted scores. */
  static int bucketOfRank(long[] histogram, long rank) {
    long seen = 0;
    for (int b = 0; b < histogram.length; b++) {
      seen += histogram[b];
      if (seen >= rank) {
        return b;
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + seen + " scores");
  }

  /** Sorts [lo, hi] (inclusive) by score, then unsigned key. */
  static void sort(double[] s, long[] k, int lo, int hi) {
    while (hi - lo > INSERTION) {
      int mid = (lo + hi) >>> 1;
      if (less(s, k, mid, lo)) swap(s, k, mid, lo);
      if (less(s, k, hi, lo)) swap(s, k, hi, lo);
      if (less(s, k, hi, mid)) swap(s, k, hi, mid);
      double ps = s[mid];
      long pk = k[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (lessThan(s[i], k[i], ps, pk)) i++;
        while (lessThan(ps, pk, s[j], k[j])) j--;
        if (i <= j) {
          swap(s, k, i++, j--);
        }
      }
      if (j - lo < hi - i) {
        sort(s, k, lo, j);
        lo = i;
      } else {
        sort(s, k, i, hi);
        hi = j;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      double cs = s[i];
      long ck = k[i];
      int j = i - 1;
      while (j >= lo && lessThan(cs, ck, s[j], k[j])) {
        s[j + 1] = s[j];
        k[j + 1] = k[j];
        j--;
      }
      s[j + 1] = cs;
      k[j + 1] = ck;
    }
  }

  private static boolean less(double[] s, long[] k, int a, int b) {
    return lessThan(s[a], k[a], s[b], k[b]);
  }

  static boolean lessThan(double sa, long ka, double sb, long kb) {
    return sa < sb || (sa == sb && Long.compareUnsigned(ka, kb) < 0);
  }

  private static void swap(double[] s, long[] k, int a, int b) {
    double ts = s[a];
    s[a] = s[b];
    s[b] = ts;
    long tk = k[a];
    k[a] = k[b];
    k[b] = tk;
  }
}
