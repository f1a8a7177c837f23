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
 * first {@code cho}. A large two-arm space is never held in memory: the walk keeps only
 * allocations below a threshold that provably contains the best {@code cho}.
 */
public final class SpaceBuilder {
  /** Two-arm spaces up to this size keep every incremental score to find the exact threshold. */
  static final int EXACT_THRESHOLD_LIMIT = 1 << 21;
  private static final int SAMPLE = 200_000;
  /** k-arm enumeration stores every allocation, so it is bounded. */
  static final long MULTI_ARM_ENUMERATION_LIMIT = 20_000_000L;

  private SpaceBuilder() {}

  /** Builds the space; {@code rng} is used only for simulation draws. */
  public static ConstrainedSpace build(BalanceScorer scorer, int[] sizes, SpaceRule rule, RandomGenerator rng) {
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
      return twoArm(scorer, sizes, rule, cho, warnings);
    }
    if (enumerate && total > MULTI_ARM_ENUMERATION_LIMIT) {
      throw new RandomizationInputException("enumerating " + total + " allocations of " + sizes.length
          + " arms is above the limit of " + MULTI_ARM_ENUMERATION_LIMIT + "; simulate instead");
    }
    Candidates all = enumerate ? enumerateAll(scorer, n, sizes, (int) total)
        : DistinctSimulation.draw(scorer, sizes, rule.simulationCount(), rng);
    ScoreDistribution whole = ScoreDistribution.of(all.scores, all.size, all.size, false);
    return finish(all, cho, rule, sizes.length, total, scored, enumerate, whole, warnings);
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
    IntStream.range(0, all.size).parallel()
        .forEach(i -> all.scores[i] = scorer.score(all.codes, i * all.stride));
    return all;
  }

  private static ConstrainedSpace twoArm(BalanceScorer scorer, int[] sizes, SpaceRule rule, int cho,
      List<String> warnings) {
    TwoArmEnumeration walk = new TwoArmEnumeration(scorer, sizes[0] + sizes[1], sizes[0]);
    long total = walk.total();
    double slack = walk.slack();
    if (total <= EXACT_THRESHOLD_LIMIT) {
      double[] approx = walk.approximateScores();
      ScoreDistribution whole = ScoreDistribution.of(approx, approx.length, total, false);
      double keep = Selection.kth(approx, cho - 1) + slack;
      Candidates c = walk.collect(keep + slack, keep, cho);
      return finish(c, cho, rule, 2, total, total, true, whole, warnings);
    }
    double[] sample = sampleScores(scorer, sizes, SAMPLE);
    ScoreDistribution whole = ScoreDistribution.of(sample, sample.length, total, true);
    Arrays.sort(sample);
    double fraction = (double) cho / total;
    while (true) {
      double target = fraction + 5 * Math.sqrt(fraction * (1 - fraction) / SAMPLE) + 20.0 / SAMPLE;
      int index = (int) Math.min(sample.length - 1, Math.ceil(target * SAMPLE));
      double keep = target >= 1 ? Double.POSITIVE_INFINITY : sample[index];
      Candidates c = walk.collect(keep + slack, keep, (long) (Math.min(1, target) * total * 1.05));
      if (c.size >= cho) {
        return finish(c, cho, rule, 2, total, total, true, whole, warnings);
      }
      fraction = Math.min(1, 2 * target);
    }
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

  private static ConstrainedSpace finish(Candidates c, int cho, SpaceRule rule, int arms, long total,
      long scored, boolean enumerated, ScoreDistribution whole, List<String> warnings) {
    RankSort.sortPrefix(c, cho);
    int size = cho;
    if (rule.tieRule() == TieRule.ALL_AT_CUTOFF_SCORE) {
      double cut = c.scores[cho - 1];
      for (int i = cho; i < c.size; i++) {
        if (c.scores[i] <= cut) {
          size++;
        }
      }
      RankSort.sortPrefix(c, size);
    }
    return new ConstrainedSpace(c, size, arms, total, scored, enumerated, cho, whole, warnings);
  }
}
