package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * space is never held in memory ({@link TwoArmEnumeration}).
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

  /** Builds the space; {@code rng} is used only for simulation draws. */
  public static ConstrainedSpace build(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng) {
    return build(scorer, sizes, rule, rng, EXACT_DISTRIBUTION_LIMIT);
  }

  /**
   * As {@link #build(BalanceScorer, int[], SpaceRule, RandomGenerator)}; a two-arm space larger
   * than {@code exactDistributionLimit} is walked without storing its scores (the large-space path).
   */
  static ConstrainedSpace build(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng,
      long exactDistributionLimit) {
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
      return twoArm(scorer, sizes, rule, cho, warnings, exactDistributionLimit);
    }
    if (enumerate && total > MULTI_ARM_ENUMERATION_LIMIT) {
      throw new RandomizationInputException("enumerating " + total + " allocations of " + sizes.length
          + " arms is above the limit of " + MULTI_ARM_ENUMERATION_LIMIT + "; simulate instead");
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
    return Math.toIntExact(cho);
  }

  private static Candidates enumerateAll(BalanceScorer scorer, int n, int[] sizes, int total) {
    Candidates all = new Candidates(sizes.length - 1, total);
    new LexicographicAllocations(n, sizes).forEach(m -> all.add(m, 0, 0, all.size));
    scorer.scoreAll(all.codes, all.scores, all.size);
    return all;
  }

  private static ConstrainedSpace twoArm(BalanceScorer scorer, int[] sizes, SpaceRule rule, int cho,
      List<String> warnings, long exactDistributionLimit) {
    TwoArmEnumeration walk = new TwoArmEnumeration(scorer, sizes[0] + sizes[1], sizes[0]);
    long total = walk.total();
    TwoArmEnumeration.Kept kept;
    ScoreDistribution whole;
    if (total <= exactDistributionLimit) {
      kept = walk.collect(Double.POSITIVE_INFINITY, capacity(walk, total));
      // describe the whole space on another core while the selection reorders the arrays
      double[] copy = Arrays.copyOf(kept.scores(), kept.length());
      java.util.concurrent.ForkJoinTask<ScoreDistribution> describe = java.util.concurrent.ForkJoinPool.commonPool()
          .submit(() -> ScoreDistribution.of(copy, copy.length, total, false));
      ConstrainedSpace space = selectTwoArm(kept, cho, rule, total, null, warnings);
      return space.withWholeDistribution(describe.join());
    } else {
      double[] sample = sampleScores(scorer, sizes, SAMPLE);
      whole = ScoreDistribution.of(sample, sample.length, total, true);
      kept = keepBelowEstimate(walk, sample, cho);
    }
    return selectTwoArm(kept, cho, rule, total, whole, warnings);
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
   * with twice the share, and if more than expected, with room for all of them.
   */
  private static TwoArmEnumeration.Kept keepBelowEstimate(TwoArmEnumeration walk, double[] sample, int cho) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    long total = walk.total();
    double fraction = (double) cho / total;
    long room = -1;
    while (true) {
      double target = fraction + 5 * Math.sqrt(fraction * (1 - fraction) / SAMPLE) + 20.0 / SAMPLE;
      int index = (int) Math.min(sorted.length - 1, Math.ceil(target * SAMPLE));
      double below = target >= 1 ? Double.POSITIVE_INFINITY : Math.nextUp(sorted[index]);
      long expected = room > 0 ? room : (long) (Math.min(1, target) * total * 1.05);
      TwoArmEnumeration.Kept kept = walk.collect(below, capacity(walk, Math.min(total, expected)));
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
