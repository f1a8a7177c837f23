package org.pragma.randomization.constrained;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.pragma.randomization.BalanceMetric;

/** The walk and the bucket selection equal a brute-force stable sort for any shape and worker count. */
class WalkPropertiesTest {
  @Property(tries = 30)
  void walkAndSelectionEqualBruteForce(@ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int n,
      @ForAll @IntRange(min = 1, max = 13) int treatedRaw, @ForAll @IntRange(min = 1, max = 5) int workers,
      @ForAll @IntRange(min = 1, max = 99) int percent, @ForAll boolean ties, @ForAll boolean l2) {
    int treated = 1 + treatedRaw % (n - 1);
    BalanceScorer scorer = LargeSpacePathTest.scorer(n, seed, ties, l2 ? BalanceMetric.L2 : BalanceMetric.L1);
    List<LargeSpacePathTest.Scored> sorted = LargeSpacePathTest.bruteForce(scorer, n, treated);
    int cho = Math.max(1, sorted.size() * percent / 100);
    TwoArmEnumeration walk = new TwoArmEnumeration(scorer, n, treated, workers);
    TwoArmEnumeration.Kept kept = walk.collect(Double.POSITIVE_INFINITY, sorted.size() + walk.slots());
    assertThat(kept.count()).isEqualTo(sorted.size());
    int size = RankSelection.select(kept.scores(), kept.keys(), kept.length(), cho, kept.buckets(), kept.histogram());
    assertThat(size).isGreaterThanOrEqualTo(cho);
    for (int j = 0; j < size; j++) {
      assertThat(Long.reverse(~kept.keys()[j])).as("rank %d", j).isEqualTo(sorted.get(j).mask());
      assertThat(kept.scores()[j]).isEqualTo(sorted.get(j).score());
    }
    if (size < sorted.size()) {
      assertThat(sorted.get(size).score()).isGreaterThan(sorted.get(cho - 1).score());
    }
  }
}
