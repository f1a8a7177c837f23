package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The constrained (candidate) space in rank order — ascending score, ties in R's list order — with
 * the facts about the whole space it was cut from. Allocation j is given by its arm per cluster.
 *
 * <p>A space is either <b>held</b> (every kept allocation in memory) or, for a two-arm space too
 * large to hold, <b>streamed</b> ({@link StreamedSelection}): then only the drawn allocation and the
 * last kept one (the cutoff) are known by rank, with the kept scores' distribution, and {@link
 * #contains} still tells any allocation's membership for a listing of the whole space.
 */
public final class ConstrainedSpace {
  private final Candidates kept;
  private final StreamedSelection.Result streamed;
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
    this.streamed = null;
    this.size = size;
    this.arms = arms;
    this.totalAllocations = totalAllocations;
    this.scoredAllocations = scoredAllocations;
    this.enumerated = enumerated;
    this.requestedSize = requestedSize;
    this.whole = whole;
    this.warnings = List.copyOf(warnings);
  }

  /** A two-arm enumerated space found by passes, holding none of its allocations. */
  ConstrainedSpace(StreamedSelection.Result streamed, long totalAllocations, long requestedSize,
      ScoreDistribution whole, List<String> warnings) {
    this.kept = null;
    this.streamed = streamed;
    this.size = streamed.size();
    this.arms = 2;
    this.totalAllocations = totalAllocations;
    this.scoredAllocations = totalAllocations;
    this.enumerated = true;
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

  /**
   * Whether every kept allocation is in memory, so that any rank can be asked for. A streamed
   * space answers only for its drawn rank and its last one.
   */
  public boolean allocationsHeld() {
    return kept != null;
  }

  /**
   * The rank (0-based) of the allocation drawn: {@code rng.nextInt(size())}. A streamed space drew
   * it from the same generator while it was built (nothing else used the generator in between), so
   * it returns that rank without drawing again.
   */
  public int draw(RandomGenerator rng) {
    return streamed == null ? rng.nextInt(size) : streamed.chosen();
  }

  /** Score of the j-th kept allocation (0-based, rank order). */
  public double score(int j) {
    if (streamed != null) {
      return j == streamed.chosen() ? streamed.chosenScore() : streamedOnly(j, streamed.cutoffScore());
    }
    return kept.scores[j];
  }

  /** cvcrand's "cutoff score": the score of the last kept allocation. */
  public double cutoffScore() {
    return streamed != null ? streamed.cutoffScore() : kept.scores[size - 1];
  }

  /** The tie key of the j-th kept allocation (position in R's list order, unsigned). */
  public long tieKey(int j) {
    return streamed != null ? ~Long.reverse(masks(j)[0]) : kept.key(j);
  }

  private <T> T streamedOnly(int j, T last) {
    if (j == size - 1) {
      return last;
    }
    throw new IllegalStateException(String.format(Locale.ROOT,
        "this space of %,d kept allocations is not held in memory: only the drawn allocation (rank %,d) and the "
            + "last (rank %,d) are known", size, streamed.chosen() + 1, size));
  }

  /** Arm index (0-based, request order) of cluster {@code row} in the j-th kept allocation. */
  public int armOf(int j, int row) {
    if (streamed != null) {
      return (masks(j)[0] >>> row & 1L) != 0 ? 0 : 1;
    }
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
    if (streamed != null) {
      return new long[] {j == streamed.chosen() ? streamed.chosenMask() : streamedOnly(j, streamed.cutoffMask())};
    }
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
    return streamed != null ? streamed.kept() : ScoreDistribution.of(kept.scores, size, size, false);
  }

  /** Whether an allocation with this score and tie key belongs to the space (rank ≤ the last kept). */
  public boolean contains(double score, long tieKey, boolean tiesKept) {
    int c = Double.compare(score, cutoffScore());
    if (tiesKept || c != 0) {
      return c <= 0;
    }
    long last = streamed != null ? ~Long.reverse(streamed.cutoffMask()) : kept.key(size - 1);
    return Long.compareUnsigned(tieKey, last) <= 0;
  }

  public List<String> warnings() {
    return new ArrayList<>(warnings);
  }
}
