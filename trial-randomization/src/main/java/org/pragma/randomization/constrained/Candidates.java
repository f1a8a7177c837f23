package org.pragma.randomization.constrained;

import java.util.Arrays;
import java.util.List;

/**
 * Scored allocations waiting for the cutoff: per allocation its k−1 arm masks (stride), its exact
 * score, and its tie key — the position in R's list order, compared unsigned (for an enumerated
 * two-arm space {@code ~Long.reverse(treated)}, which orders masks as {@code combn} does).
 */
final class Candidates {
  final int stride;
  long[] codes;
  double[] scores;
  long[] keys;
  int size;

  Candidates(int stride, int capacity) {
    this(stride, capacity, true);
  }

  /**
   * @param explicitKeys false for an enumerated two-arm space, whose key is derived from the
   *     treated mask (saves a third of the memory of a large constrained space)
   */
  Candidates(int stride, int capacity, boolean explicitKeys) {
    this.stride = stride;
    int c = Math.max(capacity, 16);
    codes = new long[c * stride];
    scores = new double[c];
    keys = explicitKeys ? new long[c] : null;
  }

  /** An enumerated two-arm space already in rank order: treated masks and their scores. */
  static Candidates ofMasks(long[] masks, double[] scores, int size) {
    Candidates c = new Candidates(1, 0, false);
    c.codes = masks;
    c.scores = scores;
    c.size = size;
    return c;
  }

  long key(int i) {
    return keys == null ? ~Long.reverse(codes[i]) : keys[i];
  }

  void add(long[] masks, int offset, double score, long key) {
    ensure(size + 1);
    System.arraycopy(masks, offset, codes, size * stride, stride);
    scores[size] = score;
    if (keys != null) {
      keys[size] = key;
    }
    size++;
  }

  void add(long treated, double score, long key) {
    ensure(size + 1);
    codes[size] = treated;
    scores[size] = score;
    if (keys != null) {
      keys[size] = key;
    }
    size++;
  }

  private void ensure(int needed) {
    if (needed > scores.length) {
      int c = Math.max(needed, scores.length + (scores.length >> 1));
      codes = Arrays.copyOf(codes, c * stride);
      scores = Arrays.copyOf(scores, c);
      keys = keys == null ? null : Arrays.copyOf(keys, c);
    }
  }

  /** All parts concatenated in list order; each part is released as soon as it is copied. */
  static Candidates concat(List<Candidates> parts, int stride, boolean explicitKeys) {
    long total = parts.stream().mapToLong(p -> p.size).sum();
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("too many candidate allocations: " + total);
    }
    Candidates all = new Candidates(stride, (int) total, explicitKeys);
    for (int p = 0; p < parts.size(); p++) {
      Candidates part = parts.get(p);
      System.arraycopy(part.codes, 0, all.codes, all.size * stride, part.size * stride);
      System.arraycopy(part.scores, 0, all.scores, all.size, part.size);
      if (explicitKeys) {
        System.arraycopy(part.keys, 0, all.keys, all.size, part.size);
      }
      all.size += part.size;
      parts.set(p, null);
    }
    return all;
  }

  /** Rank order: score ascending, then tie key ascending (unsigned). */
  int compare(int i, int j) {
    int c = Double.compare(scores[i], scores[j]);
    return c != 0 ? c : Long.compareUnsigned(key(i), key(j));
  }

  void swap(int i, int j) {
    double s = scores[i];
    scores[i] = scores[j];
    scores[j] = s;
    if (keys != null) {
      long k = keys[i];
      keys[i] = keys[j];
      keys[j] = k;
    }
    for (int c = 0; c < stride; c++) {
      long t = codes[i * stride + c];
      codes[i * stride + c] = codes[j * stride + c];
      codes[j * stride + c] = t;
    }
  }
}
