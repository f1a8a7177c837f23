package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;

/**
 * The constrained (candidate) space in rank order — ascending score, ties in R's list order — with
 * the facts about the whole space it was cut from. Allocation j is given by its arm per cluster.
 */
public final class ConstrainedSpace {
  private final Candidates kept;
  private final int size;
  private final int arms;
  private final long totalAllocations;
  private final long scoredAllocations;
  private final boolean enumerated;
  private final long requestedSize;
  private final ScoreDistribution whole;
  private final List<String> warnings;

  ConstrainedSpace(Candidates kept, int size, int arms, long totalAllocations, long scoredAllocations,
      boolean enumerated, long requestedSize, ScoreDistribution whole, List<String> warnings) {
    this.kept = kept;
    this.size = size;
    this.arms = arms;
    this.totalAllocations = totalAllocations;
    this.scoredAllocations = scoredAllocations;
    this.enumerated = enumerated;
    this.requestedSize = requestedSize;
    this.whole = whole;
    this.warnings = List.copyOf(warnings);
  }

  /** The same space described by another whole-space distribution. */
  ConstrainedSpace withWholeDistribution(ScoreDistribution distribution) {
    return new ConstrainedSpace(kept, size, arms, totalAllocations, scoredAllocations, enumerated, requestedSize,
        distribution, warnings);
  }

  /** Number of allocations kept. */
  public int size() {
    return size;
  }

  public int arms() {
    return arms;
  }

  /** Size of the full space of allocations (multinomial count; Long.MAX_VALUE if larger). */
  public long totalAllocations() {
    return totalAllocations;
  }

  /** R: the allocations scored (all of them when enumerated, the distinct draws otherwise). */
  public long scoredAllocations() {
    return scoredAllocations;
  }

  public boolean enumerated() {
    return enumerated;
  }

  /** cvcrand's {@code cho} before the tie rule: schemes or round-half-even(R × cutoff), at least 1. */
  public long requestedSize() {
    return requestedSize;
  }

  /** Score of the j-th kept allocation (0-based, rank order). */
  public double score(int j) {
    return kept.scores[j];
  }

  /** cvcrand's "cutoff score": the score of the last kept allocation. */
  public double cutoffScore() {
    return kept.scores[size - 1];
  }

  /** The tie key of the j-th kept allocation (position in R's list order, unsigned). */
  public long tieKey(int j) {
    return kept.key(j);
  }

  /** Arm index (0-based, request order) of cluster {@code row} in the j-th kept allocation. */
  public int armOf(int j, int row) {
    int stride = kept.stride;
    for (int a = 0; a < stride; a++) {
      if ((kept.codes[j * stride + a] >>> row & 1L) != 0) {
        return a;
      }
    }
    return stride;
  }

  /** The first k−1 arm masks of the j-th kept allocation (bit i = row i). */
  public long[] masks(int j) {
    long[] m = new long[kept.stride];
    System.arraycopy(kept.codes, j * kept.stride, m, 0, kept.stride);
    return m;
  }

  /** Arm per cluster row of the j-th kept allocation. */
  public int[] arms(int j, int clusters) {
    int[] a = new int[clusters];
    for (int i = 0; i < clusters; i++) {
      a[i] = armOf(j, i);
    }
    return a;
  }

  /** Scores over every scored allocation (from a uniform sample when the space is huge). */
  public ScoreDistribution wholeDistribution() {
    return whole;
  }

  public ScoreDistribution keptDistribution() {
    return ScoreDistribution.of(kept.scores, size, size, false);
  }

  /** Whether an allocation with this score and tie key belongs to the space (rank ≤ the last kept). */
  public boolean contains(double score, long tieKey, boolean tiesKept) {
    int c = Double.compare(score, cutoffScore());
    if (tiesKept || c != 0) {
      return c <= 0;
    }
    return Long.compareUnsigned(tieKey, kept.key(size - 1)) <= 0;
  }

  public List<String> warnings() {
    return new ArrayList<>(warnings);
  }
}
