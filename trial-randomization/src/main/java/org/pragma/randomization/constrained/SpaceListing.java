package org.pragma.randomization.constrained;

import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;
import org.pragma.randomization.TieRule;

/**
 * Replays every scored allocation of a randomization in R's list order (combn order when
 * enumerated, first-draw order when simulated: the draws are the generator's first use, so a fresh
 * generator with the same seed repeats them) with its exact score and whether it is in the space.
 */
public final class SpaceListing {
  /** Receives each scored allocation; {@code masks} holds the first k−1 arm masks and is reused. */
  @FunctionalInterface
  public interface Visitor {
    void visit(long[] masks, double score, boolean inSpace);
  }

  private SpaceListing() {}

  public static void forEach(BalanceScorer scorer, int[] sizes, SpaceRule rule, long seed,
      ConstrainedSpace space, Visitor visitor) {
    boolean ties = rule.tieRule() == TieRule.ALL_AT_CUTOFF_SCORE;
    if (space.enumerated()) {
      long[] sequence = {0};
      new LexicographicAllocations(IntStream.of(sizes).sum(), sizes).forEach(m -> {
        double s = scorer.score(m, 0);
        long key = sizes.length == 2 ? ~Long.reverse(m[0]) : sequence[0];
        sequence[0]++;
        visitor.visit(m, s, space.contains(s, key, ties));
      });
      return;
    }
    Candidates drawn = DistinctSimulation.draw(scorer, sizes, rule.simulationCount(), new MersenneTwister(seed));
    long[] masks = new long[drawn.stride];
    for (int i = 0; i < drawn.size; i++) {
      System.arraycopy(drawn.codes, i * drawn.stride, masks, 0, drawn.stride);
      visitor.visit(masks, drawn.scores[i], space.contains(drawn.scores[i], drawn.keys[i], ties));
    }
  }
}
