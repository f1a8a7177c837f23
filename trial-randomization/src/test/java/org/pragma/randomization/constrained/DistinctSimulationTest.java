package org.pragma.randomization.constrained;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.random.MersenneTwister;
import org.pragma.randomization.BalanceMetric;

/**
 * Batch drawing (sort the codes, drop repeats, draw replacements) keeps exactly the allocations,
 * in exactly the order, of drawing one by one until enough are distinct, and leaves the generator
 * in the same state. Small spaces make repeats frequent.
 */
class DistinctSimulationTest {
  @Property(tries = 40)
  void batchDrawingEqualsDrawingOneByOne(@ForAll long seed, @ForAll @IntRange(min = 4, max = 10) int n,
      @ForAll boolean threeArms, @ForAll @IntRange(min = 1, max = 95) int percent) {
    int[] sizes = threeArms ? new int[] {n / 3, (n + 1) / 3, n - n / 3 - (n + 1) / 3} : new int[] {n / 2, n - n / 2};
    if (sizes[0] == 0) {
      sizes = new int[] {1, 1, n - 2};
    }
    long space = Binomial.multinomial(sizes);
    int count = (int) Math.max(1, space * percent / 100);
    BalanceScorer scorer = new BalanceScorer(
        DesignMatrix.of(LargeSpacePathTest.scorerClusters(n, seed), LargeSpacePathTest.COVARIATES), BalanceMetric.L2,
        sizes.length);
    MersenneTwister a = new MersenneTwister(seed);
    MersenneTwister b = new MersenneTwister(seed);
    Candidates batch = DistinctSimulation.drawInBatch(scorer, sizes, count, a, DistinctSimulation.baseKDigits(sizes.length, n));
    Candidates single = DistinctSimulation.drawOneByOne(scorer, sizes, count, b);
    assertThat(batch.size).isEqualTo(count).isEqualTo(single.size);
    int stride = sizes.length - 1;
    Set<List<Long>> distinct = new HashSet<>();
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < stride; k++) {
        assertThat(batch.codes[i * stride + k]).as("draw %d", i).isEqualTo(single.codes[i * stride + k]);
      }
      assertThat(batch.scores[i]).isEqualTo(single.scores[i]);
      assertThat(batch.key(i)).isEqualTo(i);
      distinct.add(stride == 1 ? List.of(batch.codes[i]) : List.of(batch.codes[2 * i], batch.codes[2 * i + 1]));
    }
    assertThat(distinct).hasSize(count);
    assertThat(a.nextLong()).isEqualTo(b.nextLong());
  }
}
