package org.pragma.randomization.constrained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pragma.randomization.BalanceMetric;
import org.pragma.randomization.RandomizationInputException;
import org.pragma.randomization.TieRule;

/**
 * A two-arm space too large to hold ({@link StreamedSelection}) gives the same results as the same
 * space held in memory (the engine's previous algorithm, itself checked against a brute-force
 * stable sort in {@link LargeSpacePathTest}): same size, cutoff score and allocation, same drawn
 * rank, allocation and score for the same seed, same generator state afterwards, same kept score
 * distribution and whole-space distribution, and the same membership of every allocation — bit for
 * bit. Each case runs with a collecting budget that needs no refinement, one that refines cells,
 * and one of a single allocation, which refines down to single scores and finds tied allocations
 * by walking a task again; refinement both by distinct scores and (distinct limit 0) by bits.
 */
class StreamedSpaceTest {
  private static final SpaceBuilder.Budget HOLD = new SpaceBuilder.Budget(Long.MAX_VALUE, 0, Long.MAX_VALUE, 1L << 30,
      4096);

  private static SpaceBuilder.Budget stream(long entries, int distinct) {
    return new SpaceBuilder.Budget(0, entries, Long.MAX_VALUE, 1L << 30, distinct);
  }

  @ParameterizedTest
  @CsvSource({
      "16, 8, 0.1, 0, 1, false, L2, FIRST_IN_ORDER",
      "18, 9, 0.1, 0, 2, false, L2, FIRST_IN_ORDER",
      "17, 6, 0.37, 0, 3, false, L1, FIRST_IN_ORDER",
      "16, 8, 0.05, 0, 4, true, L2, FIRST_IN_ORDER",
      "16, 8, 0.2, 0, 5, true, L2, ALL_AT_CUTOFF_SCORE",
      "15, 7, 0.6, 0, 6, true, L1, FIRST_IN_ORDER",
      "17, 8, 0.1, 0, 7, false, L2, ALL_AT_CUTOFF_SCORE",
      "16, 8, 0.1, 1, 8, false, L2, FIRST_IN_ORDER",
      "16, 8, 0.1, 1, 9, true, L2, ALL_AT_CUTOFF_SCORE",
      "18, 9, 0.9, 0, 10, true, L2, FIRST_IN_ORDER",
      "16, 5, 0.1, 17, 11, true, L1, FIRST_IN_ORDER",
  })
  void streamedSpaceEqualsTheHeldOne(int n, int treated, double cutoff, int schemes, long seed, boolean ties,
      BalanceMetric metric, TieRule tieRule) {
    BalanceScorer scorer = LargeSpacePathTest.scorer(n, seed, ties, metric);
    int[] sizes = {treated, n - treated};
    SpaceRule rule = new SpaceRule(cutoff, schemes, tieRule, Long.MAX_VALUE, 1);
    for (long drawSeed : new long[] {seed, 20240101}) {
      for (long[] budget : new long[][] {{1_000_000, 4096}, {40, 4096}, {1, 4096}, {1, 0}}) {
        assertStreamedEqualsHeld(scorer, sizes, rule, drawSeed, budget[0], (int) budget[1]);
      }
    }
  }

  @Property(tries = 40)
  void streamedSpaceEqualsTheHeldOneForAnyShape(@ForAll long seed, @ForAll @IntRange(min = 3, max = 15) int n,
      @ForAll @IntRange(min = 1, max = 14) int treatedRaw, @ForAll @IntRange(min = 1, max = 99) int percent,
      @ForAll boolean ties, @ForAll boolean l2, @ForAll boolean keepTies, @ForAll @IntRange(min = 0, max = 3) int budget,
      @ForAll boolean byDistinct) {
    int treated = 1 + treatedRaw % (n - 1);
    BalanceScorer scorer = LargeSpacePathTest.scorer(n, seed, ties, l2 ? BalanceMetric.L2 : BalanceMetric.L1);
    SpaceRule rule = new SpaceRule(percent / 100.0, 0, keepTies ? TieRule.ALL_AT_CUTOFF_SCORE : TieRule.FIRST_IN_ORDER,
        Long.MAX_VALUE, 1);
    assertStreamedEqualsHeld(scorer, new int[] {treated, n - treated}, rule, seed,
        new long[] {1, 7, 100, 1_000_000}[budget], byDistinct ? 4096 : 0);
  }

  private static void assertStreamedEqualsHeld(BalanceScorer scorer, int[] sizes, SpaceRule rule, long drawSeed,
      long entries, int distinct) {
    int n = sizes[0] + sizes[1];
    MersenneTwister heldRng = new MersenneTwister(drawSeed);
    ConstrainedSpace held = SpaceBuilder.build(scorer, sizes, rule, heldRng, 0, HOLD);
    int heldChosen = held.draw(heldRng);
    long heldNext = heldRng.nextLong();
    assertThat(held.allocationsHeld()).isTrue();
    MersenneTwister rng = new MersenneTwister(drawSeed);
    ConstrainedSpace streamed = SpaceBuilder.build(scorer, sizes, rule, rng, 0, stream(entries, distinct));
    String as = "budget " + entries + ", distinct " + distinct + ", draw seed " + drawSeed;
    assertThat(streamed.allocationsHeld()).as(as).isFalse();
    int chosen = streamed.draw(rng);
    assertThat(chosen).as(as).isEqualTo(heldChosen);
    assertThat(rng.nextLong()).as(as + ": generator state").isEqualTo(heldNext);
    assertThat(streamed.size()).as(as).isEqualTo(held.size());
    assertThat(streamed.requestedSize()).as(as).isEqualTo(held.requestedSize());
    assertThat(streamed.cutoffScore()).as(as).isEqualTo(held.cutoffScore());
    int last = held.size() - 1;
    assertThat(streamed.masks(last)).as(as).isEqualTo(held.masks(last));
    assertThat(streamed.tieKey(last)).as(as).isEqualTo(held.tieKey(last));
    assertThat(streamed.masks(chosen)).as(as).isEqualTo(held.masks(chosen));
    assertThat(streamed.score(chosen)).as(as).isEqualTo(held.score(chosen));
    assertThat(streamed.arms(chosen, n)).as(as).isEqualTo(held.arms(chosen, n));
    assertSameDistribution(streamed.keptDistribution(), held.keptDistribution(), as + ": kept");
    assertSameDistribution(streamed.wholeDistribution(), held.wholeDistribution(), as + ": whole");
    assertThat(streamed.warnings()).as(as).isEqualTo(held.warnings());
    assertThat(membership(scorer, sizes, rule, streamed)).as(as).isEqualTo(membership(scorer, sizes, rule, held));
  }

  private static List<Boolean> membership(BalanceScorer scorer, int[] sizes, SpaceRule rule, ConstrainedSpace space) {
    List<Boolean> in = new ArrayList<>();
    SpaceListing.forEach(scorer, sizes, rule, 1, space, (masks, score, inSpace) -> in.add(inSpace));
    return in;
  }

  private static void assertSameDistribution(ScoreDistribution a, ScoreDistribution b, String as) {
    assertThat(a.allocations()).as(as).isEqualTo(b.allocations());
    assertThat(a.sampled()).as(as).isEqualTo(b.sampled());
    assertThat(a.min()).as(as).isEqualTo(b.min());
    assertThat(a.max()).as(as).isEqualTo(b.max());
    assertThat(a.quantiles()).as(as).isEqualTo(b.quantiles());
    assertThat(a.binEdges()).as(as).isEqualTo(b.binEdges());
    assertThat(a.binCounts()).as(as + ": bins").isEqualTo(b.binCounts());
  }

  @Test
  void aStreamedSpaceAnswersOnlyForItsDrawnAndLastRanks() {
    BalanceScorer scorer = LargeSpacePathTest.scorer(16, 1, false, BalanceMetric.L2);
    MersenneTwister rng = new MersenneTwister(1);
    ConstrainedSpace space = SpaceBuilder.build(scorer, new int[] {8, 8},
        new SpaceRule(0.1, 0, TieRule.FIRST_IN_ORDER, Long.MAX_VALUE, 1), rng, 0, stream(1000, 4096));
    int chosen = space.draw(rng);
    int other = chosen == 0 ? 1 : 0;
    assertThatThrownBy(() -> space.masks(other)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not held in memory");
  }

  @Test
  void theValidityCheckOfASpaceTooLargeToHoldIsRefusedNamingItsSize() {
    BalanceScorer scorer = LargeSpacePathTest.scorer(16, 1, false, BalanceMetric.L2);
    SpaceRule rule = new SpaceRule(0.1, 0, TieRule.FIRST_IN_ORDER, Long.MAX_VALUE, 1, true);
    assertThatThrownBy(() -> SpaceBuilder.build(scorer, new int[] {8, 8}, rule, new MersenneTwister(1), 0,
        new SpaceBuilder.Budget(1000, 1000, 1L << 30, 256L << 20, 4096)))
        .isInstanceOf(RandomizationInputException.class)
        .hasMessage("the validity check needs the 1,287 kept allocations of this space of 12,870 in memory "
            + "(about 1 MB), more than this Java heap allows (256 MB): leave out the validity check, draw a "
            + "smaller space with --simulate, or give Java more memory (-Xmx)");
  }
}
