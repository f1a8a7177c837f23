package org.pragma.randomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Simple, stratified and pair-matched randomization: sizes, strata, pairs, reproducibility. */
class BasicMethodsTest {
  private final RandomizationEngine engine = new RandomizationEngine();

  /** Clusters c1..cN with covariate x and stratum s. */
  static List<Cluster> clusters(double[] x, String[] strata) {
    List<Cluster> list = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      list.add(new Cluster("c" + (i + 1), Map.of("x", Double.toString(x[i]), "s", strata[i])));
    }
    return list;
  }

  static RandomizationRequest.Builder request(Method method, List<Cluster> clusters, List<Arm> arms) {
    return RandomizationRequest.builder().method(method).clusters(clusters).arms(arms)
        .covariates(List.of(Covariate.numeric("x"))).seed(20240101);
  }

  private static Map<String, Long> perArm(RandomizationResult r) {
    return r.allocation().values().stream().collect(Collectors.groupingBy(a -> a, Collectors.counting()));
  }

  private static final double[] TEN = {3, 1, 4, 1.5, 5, 9, 2, 6, 5.5, 3.5};
  private static final String[] STRATA = {"N", "N", "N", "N", "S", "S", "S", "S", "S", "W"};

  @Test
  void simpleRandomizationGivesTheApportionedArmSizesAndIsReproducible() {
    List<Arm> arms = List.of(new Arm("A", 2), new Arm("B", 1), new Arm("C", 1));
    RandomizationRequest req = request(Method.SIMPLE, clusters(TEN, STRATA), arms).build();
    RandomizationResult r = engine.randomize(req);
    // 10 × (2,1,1)/4 = (5, 2.5, 2.5): floors (5,2,2), the leftover goes to B (equal remainders, listed first)
    assertThat(r.armSizes()).containsExactly(Map.entry("A", 5), Map.entry("B", 3), Map.entry("C", 2));
    assertThat(perArm(r)).containsExactlyInAnyOrderEntriesOf(Map.of("A", 5L, "B", 3L, "C", 2L));
    assertThat(engine.randomize(req).allocation()).isEqualTo(r.allocation());
    assertThat(r.space()).isNull();
    assertThat(r.pairs()).isEmpty();
    Set<Map<String, String>> seen = new HashSet<>();
    for (long seed = 1; seed <= 5; seed++) {
      seen.add(engine.randomize(request(Method.SIMPLE, clusters(TEN, STRATA), arms).seed(seed).build()).allocation());
    }
    assertThat(seen).hasSizeGreaterThan(1);
  }

  @Test
  void stratifiedRandomizationBalancesEveryStratumAndIsReproducible() {
    List<Arm> arms = List.of(new Arm("T", 1), new Arm("C", 1));
    RandomizationRequest req = request(Method.STRATIFIED, clusters(TEN, STRATA), arms).stratifyBy("s").build();
    RandomizationResult r = engine.randomize(req);
    assertThat(engine.randomize(req).allocation()).isEqualTo(r.allocation());
    Map<String, Map<String, Long>> byStratum = new java.util.TreeMap<>();
    for (int i = 0; i < TEN.length; i++) {
      byStratum.computeIfAbsent(STRATA[i], s -> new java.util.TreeMap<>())
          .merge(r.allocation().get("c" + (i + 1)), 1L, Long::sum);
    }
    assertThat(byStratum.get("N")).containsExactlyInAnyOrderEntriesOf(Map.of("T", 2L, "C", 2L));
    assertThat(byStratum.get("S").values()).containsExactlyInAnyOrder(3L, 2L); // 5 split 3/2 either way
    assertThat(byStratum.get("W").values()).containsExactly(1L);
    assertThat(r.allocation()).hasSize(10);
  }

  @Test
  void stratifiedRandomizationGivesOddRemaindersToBothArmsAcrossStrata() {
    // 40 strata of one cluster each: the arm order is shuffled per stratum, so both arms get some
    double[] x = new double[40];
    String[] strata = new String[40];
    for (int i = 0; i < 40; i++) {
      x[i] = i;
      strata[i] = "s" + i;
    }
    RandomizationResult r = engine.randomize(request(Method.STRATIFIED, clusters(x, strata),
        List.of(new Arm("T", 1), new Arm("C", 1))).stratifyBy("s").build());
    assertThat(perArm(r).get("T")).isBetween(10L, 30L);
  }

  @Test
  void stratifiedRandomizationNeedsAStratumForEveryCluster() {
    String[] strata = STRATA.clone();
    strata[3] = " ";
    assertThatThrownBy(() -> engine.randomize(request(Method.STRATIFIED, clusters(TEN, strata),
        List.of(new Arm("T", 1), new Arm("C", 1))).stratifyBy("s").build()))
        .isInstanceOf(RandomizationInputException.class).hasMessageContaining("cluster c4");
    assertThatThrownBy(() -> engine.randomize(request(Method.STRATIFIED, clusters(TEN, STRATA),
        List.of(new Arm("T", 1), new Arm("C", 1))).build()))
        .isInstanceOf(RandomizationInputException.class).hasMessageContaining("stratify");
  }

  @Test
  void pairMatchingPairsTheClosestClustersFirstAndSplitsEveryPair() {
    // x: pairs by distance: (c1 1.0, c2 1.1) 0.1, (c3 5, c4 5.3) 0.3, (c5 9, c6 10) 1.0
    double[] x = {1.0, 1.1, 5, 5.3, 9, 10};
    String[] strata = {"a", "a", "a", "a", "a", "a"};
    RandomizationRequest req = request(Method.PAIR_MATCHED, clusters(x, strata),
        List.of(new Arm("T", 1), new Arm("C", 1))).build();
    RandomizationResult r = engine.randomize(req);
    assertThat(r.pairs()).containsExactly(List.of("c1", "c2"), List.of("c3", "c4"), List.of("c5", "c6"));
    for (List<String> pair : r.pairs()) {
      assertThat(Set.of(r.allocation().get(pair.get(0)), r.allocation().get(pair.get(1))))
          .containsExactlyInAnyOrder("T", "C");
    }
    assertThat(r.armSizes()).containsExactly(Map.entry("T", 3), Map.entry("C", 3));
    assertThat(engine.randomize(req).allocation()).isEqualTo(r.allocation());
    assertThat(r.balance()).isNotNull();
  }

  @Test
  void pairMatchingPairsAcrossInputOrderAndWithSeveralCovariates() {
    List<Cluster> clusters = List.of(
        new Cluster("a", Map.of("x", "0", "y", "10")), new Cluster("b", Map.of("x", "7", "y", "0")),
        new Cluster("c", Map.of("x", "0.2", "y", "10.1")), new Cluster("d", Map.of("x", "6.8", "y", "0.3")));
    RandomizationResult r = engine.randomize(RandomizationRequest.builder().method(Method.PAIR_MATCHED)
        .clusters(clusters).covariates(List.of(Covariate.numeric("x"), Covariate.numeric("y"))).seed(3).build());
    assertThat(r.pairs()).containsExactlyInAnyOrder(List.of("a", "c"), List.of("b", "d"));
    assertThat(r.allocation().get("a")).isNotEqualTo(r.allocation().get("c"));
    assertThat(r.allocation().get("b")).isNotEqualTo(r.allocation().get("d"));
  }

  @Test
  void pairMatchingNeedsAnEvenNumberOfClustersAndTwoEqualArms() {
    double[] odd = {1, 2, 3, 4, 5};
    String[] s = {"a", "a", "a", "a", "a"};
    assertThatThrownBy(() -> engine.randomize(request(Method.PAIR_MATCHED, clusters(odd, s),
        List.of(new Arm("T", 1), new Arm("C", 1))).build()))
        .isInstanceOf(RandomizationInputException.class);
    assertThatThrownBy(() -> engine.randomize(request(Method.PAIR_MATCHED, clusters(TEN, STRATA),
        List.of(new Arm("T", 1), new Arm("C", 1), new Arm("D", 1))).build()))
        .isInstanceOf(RandomizationInputException.class).hasMessageContaining("two equal arms");
  }
}
