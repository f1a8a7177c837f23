package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.pragma.randomization.RandomizationInputException;
import org.pragma.randomization.TieRule;

/**
 * Builds the constrained space (cvcrand.md §6–7): score every allocation (or {@code
 * simulationCount} distinct random ones), stable-sort ascending with ties in list order, keep the
 * first {@code cho}. The sort is never of the whole space: scores are counted per {@link
 * ScoreBuckets bucket} and only the buckets up to the cho-th score are kept and sorted. A two-arm
 * space is never held in memory ({@link TwoArmEnumeration}); its kept allocations are held when
 * they fit the heap's {@link Budget}, else found and drawn by passes that hold none of them ({@link
 * StreamedSelection}), with the same results. What cannot fit in any way (every kept allocation
 * needed in memory, or a k-arm or simulated space too large) is refused with the space's size and
 * what to do instead, before any memory is taken.
 */
public final class SpaceBuilder {
  /**
   * Two-arm spaces up to this size keep every score (8 bytes each) for the exact whole-space
   * distribution; larger ones describe the whole space from a uniform sample of {@link #SAMPLE}.
   */
  static final int EXACT_DISTRIBUTION_LIMIT = 1 << 21;
  private static final int SAMPLE = 200_000;
  /** k-arm enumeration stores every allocation, so it is bounded. */
  static final long MULTI_ARM_ENUMERATION_LIMIT = 20_000_000L;

  private SpaceBuilder() {}

  /**
   * How much memory a build may take.
   *
   * @param heldBytes for the kept allocations of a large two-arm space (16 bytes each); above it
   *     the space is streamed
   * @param streamedEntries allocations one collecting pass of a streamed space may keep
   * @param listBytes for every scored allocation of a k-arm enumeration or a simulation
   * @param heapBytes the heap's size, for messages
   * @param distinctScores most distinct scores a refining pass of a streamed space counts one by one
   */
  record Budget(long heldBytes, long streamedEntries, long listBytes, long heapBytes, int distinctScores) {
    /** Shares of this JVM's maximum heap. */
    static Budget ofHeap() {
      long max = Runtime.getRuntime().maxMemory();
      return new Budget((long) (max * 0.35), (long) (max * 0.2 / 16), (long) (max * 0.6), max, 4096);
    }
  }

  /**
   * Builds the space; {@code rng} is used only for simulation draws, and by a streamed space for
   * the draw ({@link ConstrainedSpace#draw}).
   */
  public static ConstrainedSpace build(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng) {
    return build(scorer, sizes, rule, rng, EXACT_DISTRIBUTION_LIMIT);
  }

  /**
   * As {@link #build(BalanceScorer, int[], SpaceRule, RandomGenerator)}; a two-arm space larger
   * than {@code exactDistributionLimit} is walked without storing its scores (the large-space path).
   */
  static ConstrainedSpace build(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng,
      long exactDistributionLimit) {
    return build(scorer, sizes, rule, rng, exactDistributionLimit, Budget.ofHeap());
  }

  /** As above, within the given memory budget. */
  static ConstrainedSpace build(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng,
      long exactDistributionLimit, Budget budget) {
    int n = IntStream.of(sizes).sum();
    if (n > 64) {
      throw new RandomizationInputException("constrained randomization supports at most 64 clusters, got " + n);
    }
    long total = Binomial.multinomial(sizes);
    boolean enumerate = total <= rule.enumerationLimit();
    long scored = enumerate ? total : rule.simulationCount();
    if (!enumerate && rule.simulationCount() > total) {
      throw new RandomizationInputException("the space has only " + total
          + " allocations, fewer than the " + rule.simulationCount() + " requested draws");
    }
    List<String> warnings = new ArrayList<>();
    int cho = keptCount(rule, scored, warnings);
    if (enumerate && sizes.length == 2) {
      return twoArm(scorer, sizes, rule, rng, cho, warnings, exactDistributionLimit, budget);
    }
    if (enumerate && total > MULTI_ARM_ENUMERATION_LIMIT) {
      throw new RandomizationInputException("enumerating " + total + " allocations of " + sizes.length
          + " arms is above the limit of " + MULTI_ARM_ENUMERATION_LIMIT + "; simulate instead");
    }
    long listBytes = scored * (8L * (sizes.length - 1) + 48);
    if (listBytes > budget.listBytes()) {
      throw new RandomizationInputException(enumerate
          ? String.format(Locale.ROOT, "enumerating the %,d allocations of %d arms needs about %s, more than this "
              + "Java heap allows (%s): simulate instead (--simulate N draws N distinct allocations), or give "
              + "Java more memory (-Xmx)", total, sizes.length, megabytes(listBytes), megabytes(budget.heapBytes()))
          : String.format(Locale.ROOT, "drawing %,d distinct allocations (of %,d) needs about %s, more than this "
              + "Java heap allows (%s): draw fewer (--simulate with a smaller number), or give Java more memory "
              + "(-Xmx)", scored, total, megabytes(listBytes), megabytes(budget.heapBytes())));
    }
    Candidates all = enumerate ? enumerateAll(scorer, n, sizes, (int) total)
        : DistinctSimulation.draw(scorer, sizes, rule.simulationCount(), rng);
    ScoreDistribution whole = ScoreDistribution.of(all.scores, all.size, all.size, false);
    return finish(RankSelection.best(all, cho), cho, rule, sizes.length, total, scored, enumerate, whole, warnings);
  }

  private static int keptCount(SpaceRule rule, long scored, List<String> warnings) {
    if (rule.schemes() > 0 && rule.schemes() >= scored) {
      throw new RandomizationInputException("schemes " + rule.schemes()
          + " must be fewer than the " + scored + " allocations scored");
    }
    long cho = rule.kept(scored);
    if (cho < 1) {
      cho = 1;
      warnings.add("R x cutoff rounds to 0; the single best allocation is kept (as cvcrand does)");
    }
    if (cho == 1) {
      warnings.add("the constrained space holds a single allocation: the draw is deterministic");
    }
    if (cho > Integer.MAX_VALUE - 16) {
      throw new RandomizationInputException(String.format(Locale.ROOT, "a constrained space of %,d allocations "
          + "(of %,d) is more than can be drawn from; lower the cutoff, or draw a smaller space with --simulate",
          cho, scored));
    }
    return (int) cho;
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
  }

  private static Candidates enumerateAll(BalanceScorer scorer, int n, int[] sizes, int total) {
    Candidates all = new Candidates(sizes.length - 1, total);
    new LexicographicAllocations(n, sizes).forEach(m -> all.add(m, 0, 0, all.size));
    scorer.scoreAll(all.codes, all.scores, all.size);
    return all;
  }

  private static ConstrainedSpace twoArm(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng,
      int cho, List<String> warnings, long exactDistributionLimit, Budget budget) {
    TwoArmEnumeration walk = new TwoArmEnumeration(scorer, sizes[0] + sizes[1], sizes[0]);
    long total = walk.total();
    if (total <= exactDistributionLimit) {
      TwoArmEnumeration.Kept kept = walk.collect(Double.POSITIVE_INFINITY, capacity(walk, total));
      // describe the whole space on another core while the selection reorders the arrays
      double[] copy = Arrays.copyOf(kept.scores(), kept.length());
      java.util.concurrent.ForkJoinTask<ScoreDistribution> describe = java.util.concurrent.ForkJoinPool.commonPool()
          .submit(() -> ScoreDistribution.of(copy, copy.length, total, false));
      ConstrainedSpace space = selectTwoArm(kept, cho, rule, total, null, warnings);
      return space.withWholeDistribution(describe.join());
    }
    double[] sample = sampleScores(scorer, sizes, SAMPLE);
    ScoreDistribution whole = ScoreDistribution.of(sample, sample.length, total, true);
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    TwoArmEnumeration.Kept kept = keepBelowEstimate(walk, sorted, cho, budget.heldBytes());
    if (kept != null) {
      return selectTwoArm(kept, cho, rule, total, whole, warnings);
    }
    if (rule.holdAllocations()) {
      throw new RandomizationInputException(String.format(Locale.ROOT, "the validity check needs the %,d kept "
          + "allocations of this space of %,d in memory (about %s), more than this Java heap allows (%s): leave "
          + "out the validity check, draw a smaller space with --simulate, or give Java more memory (-Xmx)",
          cho, total, megabytes(16L * cho), megabytes(budget.heapBytes())));
    }
    StreamedSelection.Result streamed = new StreamedSelection(walk, budget.streamedEntries(), budget.distinctScores())
        .select(sorted, cho, rule.tieRule(), rng);
    return new ConstrainedSpace(streamed, total, cho, whole, warnings);
  }

  private static ConstrainedSpace selectTwoArm(TwoArmEnumeration.Kept kept, int cho, SpaceRule rule, long total,
      ScoreDistribution whole, List<String> warnings) {
    double[] scores = kept.scores();
    long[] keys = kept.keys();
    int size = RankSelection.select(scores, keys, kept.length(), cho, kept.buckets(), kept.histogram());
    for (int i = 0; i < size; i++) {
      keys[i] = Long.reverse(~keys[i]);
    }
    return finish(Candidates.ofMasks(keys, scores, size), cho, rule, 2, total, total, true, whole, warnings);
  }

  /**
   * One walk keeping every allocation below a score that, by a uniform sample, surely has more
   * than {@code cho} allocations under it (5 binomial SDs plus 20/SAMPLE above cho/total). The
   * result never depends on that score: if fewer than cho come through, the walk is repeated
   * with twice the share, and if more than expected, with room for all of them. Null, before any
   * walk where it can be foreseen, when the allocations to keep would take more than {@code
   * maxBytes}.
   */
  private static TwoArmEnumeration.Kept keepBelowEstimate(TwoArmEnumeration walk, double[] sorted, int cho,
      long maxBytes) {
    int sample = sorted.length;
    long total = walk.total();
    double fraction = (double) cho / total;
    long room = -1;
    while (true) {
      double target = fraction + 5 * Math.sqrt(fraction * (1 - fraction) / sample) + 20.0 / sample;
      int index = (int) Math.min(sorted.length - 1, Math.ceil(target * sample));
      double below = target >= 1 ? Double.POSITIVE_INFINITY : Math.nextUp(sorted[index]);
      long expected = Math.min(total, room > 0 ? room : (long) (Math.min(1, target) * total * 1.05));
      if (heldBytes(walk, expected) > maxBytes) {
        return null;
      }
      TwoArmEnumeration.Kept kept = walk.collect(below, capacity(walk, expected));
      if (kept.overflow()) {
        room = kept.count();
      } else if (kept.count() < cho) {
        fraction = Math.min(1, 2 * target);
        room = -1;
      } else {
        return kept;
      }
    }
  }

  /** Memory of a walk keeping {@code kept} allocations: a score and a key each, plus unused slots. */
  private static long heldBytes(TwoArmEnumeration walk, long kept) {
    return (kept + walk.slots()) * 16L;
  }

  private static int capacity(TwoArmEnumeration walk, long expected) {
    long capacity = expected + walk.slots();
    if (capacity > Integer.MAX_VALUE - 16) {
      throw new RandomizationInputException("the constrained space would hold " + expected
          + " allocations, too many to keep; use fewer schemes or simulate");
    }
    return (int) capacity;
  }

  private static double[] sampleScores(BalanceScorer scorer, int[] sizes, int count) {
    RandomGenerator estimator = new MersenneTwister(0x5EED_CAFEL);
    int n = sizes[0] + sizes[1];
    int[] perm = IntStream.range(0, n).toArray();
    double[] scores = new double[count];
    for (int s = 0; s < count; s++) {
      long mask = 0;
      for (int j = 0; j < sizes[0]; j++) {
        int pick = j + estimator.nextInt(n - j);
        int t = perm[j];
        perm[j] = perm[pick];
        perm[pick] = t;
        mask |= 1L << perm[j];
      }
      scores[s] = scorer.score(mask);
    }
    return scores;
  }

  /** {@code c} holds, in rank order, the best cho and every allocation tied with the cho-th. */
  private static ConstrainedSpace finish(Candidates c, int cho, SpaceRule rule, int arms, long total,
      long scored, boolean enumerated, ScoreDistribution whole, List<String> warnings) {
    int size = cho;
    if (rule.tieRule() == TieRule.ALL_AT_CUTOFF_SCORE) {
      double cut = c.scores[cho - 1];
      while (size < c.size && c.scores[size] <= cut) {
        size++;
      }
    }
    return new ConstrainedSpace(c, size, arms, total, scored, enumerated, cho, whole, warnings);
  }
}
