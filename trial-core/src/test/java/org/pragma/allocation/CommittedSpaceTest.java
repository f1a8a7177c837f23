package org.pragma.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.randomization.Arm;
import org.pragma.randomization.BalanceMetric;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.Method;
import org.pragma.randomization.RandomizationEngine;
import org.pragma.randomization.RandomizationRequest;
import org.pragma.randomization.RandomizationResult;
import org.pragma.randomization.TieRule;

/** A committed wave's constrained space, rebuilt from what the draw recorded. */
class CommittedSpaceTest {
  private static final long SEED = 20261015L;

  @Test
  void rebuildsTheSpaceWithTheCommittedAllocationAtItsRank() {
    RandomizationResult committed = draw(8, SEED);
    Draw draw = recorded(committed, 8, committed.allocation(), "CONSTRAINED", 2);

    CommittedSpace space = CommittedSpace.rebuild(draw, 50_000);

    // C(8,4) = 70 allocations, the best-balanced round(70 x 0.1) = 7 kept
    assertThat(space.schemes()).hasSize(7).doesNotHaveDuplicates();
    assertThat(space.firstArm()).isEqualTo("a");
    assertThat(space.schemes().get(space.observed())).containsExactlyInAnyOrderElementsOf(
        committed.allocation().entrySet().stream().filter(e -> e.getValue().equals("a")).map(Map.Entry::getKey).toList());
    assertThat(space.schemes()).allSatisfy(s -> assertThat(s).hasSize(4));
  }

  @Test
  void refusesASpaceThatDoesNotReproduceTheCommittedAllocation() {
    RandomizationResult committed = draw(8, SEED);
    Map<String, String> other = new LinkedHashMap<>();
    committed.allocation().forEach((site, arm) -> other.put(site, arm.equals("a") ? "b" : "a"));
    Draw tampered = recorded(committed, 8, other, "CONSTRAINED", 2);

    assertThatThrownBy(() -> CommittedSpace.rebuild(tampered, 50_000)).isInstanceOf(RandomizationRefusedException.class)
        .hasMessageContaining("does not give the committed allocation");
  }

  @Test
  void refusesAWaveWithoutAConstrainedSpaceOrWithThreeArms() {
    RandomizationResult committed = draw(8, SEED);

    assertThatThrownBy(() -> CommittedSpace.rebuild(recorded(committed, 8, committed.allocation(), "STRATIFIED", 2), 50_000))
        .hasMessageContaining("without a constrained space (method stratified)");
    assertThatThrownBy(() -> CommittedSpace.rebuild(recorded(committed, 8, committed.allocation(), "CONSTRAINED", 3), 50_000)).hasMessageContaining("compares two arms; wave 1 has 3");
  }

  private static RandomizationResult draw(int sites, long seed) {
    return new RandomizationEngine().randomize(request(clusters(sites), seed));
  }

  private static List<Cluster> clusters(int sites) {
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 1; i <= sites; i++) {
      clusters.add(new Cluster("S" + i, Map.of("visits", String.valueOf(300 + 37 * i % 200), "system", i % 2 == 0 ? "x" : "y")));
    }
    return clusters;
  }

  private static RandomizationRequest request(List<Cluster> clusters, long seed) {
    return RandomizationRequest.builder().clusters(clusters)
        .covariates(List.of(Covariate.numeric("visits"), Covariate.categorical("system")))
        .arms(List.of(new Arm("a", 1), new Arm("b", 1))).method(Method.CONSTRAINED).metric(BalanceMetric.L2).cutoff(0.1)
        .seed(seed).enumerationLimit(50_000).simulationCount(50_000).tieRule(TieRule.FIRST_IN_ORDER).checkValidity(true).build();
  }

  private static Draw recorded(RandomizationResult r, int sites, Map<String, String> allocation, String method, int arms) {
    List<Draw.ClusterRow> rows = clusters(sites).stream().map(c -> new Draw.ClusterRow(c.id(), c.values())).toList();
    return new Draw("S", 1, false, method, "l2", 0.1, SEED, r.algorithmVersion(), r.generator(),
        List.of(new Draw.ArmShare("a", 1, 4), new Draw.ArmShare("b", 1, 4), new Draw.ArmShare("c", 1, 0)).subList(0, arms),
        List.of(new Draw.CovariateInput("visits", "continuous", 1), new Draw.CovariateInput("system", "categorical", 1)), null,
        rows, allocation, 70, 7, true, null, null, List.of(), List.of(), List.of(),
        "bin/pragma-randomize randomize --clusters s.csv --id site --simulate 50000 --seed " + SEED, List.of(), 70L, 0.2, List.of(), List.of());
  }
}
