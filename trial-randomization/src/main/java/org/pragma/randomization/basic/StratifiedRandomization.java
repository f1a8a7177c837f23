package org.pragma.randomization.basic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.pragma.randomization.Arm;
import org.pragma.randomization.ArmSizes;

/**
 * Stratified randomization: within each stratum (in order of first appearance) the stratum's
 * clusters are apportioned to the arms by their shares (largest remainder) and randomized as one
 * permuted block. Remainder ties go to the arms in an order shuffled per stratum, so no arm is
 * favoured systematically across strata.
 */
public final class StratifiedRandomization {
  private StratifiedRandomization() {}

  /** Arm index (request order) per cluster row; {@code strata} holds each row's stratum label. */
  public static int[] allocate(List<String> strata, List<Arm> arms, RandomGenerator rng) {
    Map<String, List<Integer>> rowsByStratum = new LinkedHashMap<>();
    for (int i = 0; i < strata.size(); i++) {
      rowsByStratum.computeIfAbsent(strata.get(i), s -> new ArrayList<>()).add(i);
    }
    int[] result = new int[strata.size()];
    for (List<Integer> rows : rowsByStratum.values()) {
      int[] order = shuffledArmOrder(arms.size(), rng);
      List<Arm> reordered = new ArrayList<>();
      for (int a : order) {
        reordered.add(arms.get(a));
      }
      int[] sizes = ArmSizes.apportion(rows.size(), reordered);
      int[] local = SimpleRandomization.allocate(sizes, rng);
      for (int r = 0; r < rows.size(); r++) {
        result[rows.get(r)] = order[local[r]];
      }
    }
    return result;
  }

  private static int[] shuffledArmOrder(int arms, RandomGenerator rng) {
    int[] order = java.util.stream.IntStream.range(0, arms).toArray();
    for (int i = arms - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
