package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.RandomizationInputException;

/**
 * The levels of a categorical covariate in R's {@code factor} order: numeric order when every value
 * is a number, otherwise code-point order (cvcrand uses the locale's collation; the two agree for
 * ASCII labels of one case). The first level is the reference and gets no indicator column.
 */
final class CategoricalLevels {
  private final List<String> values;
  private final List<String> levels;
  private final Comparator<String> order;

  private CategoricalLevels(List<String> values, List<String> levels, Comparator<String> order) {
    this.values = values;
    this.levels = levels;
    this.order = order;
  }

  static CategoricalLevels of(List<Cluster> clusters, String covariate) {
    List<String> values = new ArrayList<>();
    for (Cluster c : clusters) {
      String v = c.value(covariate);
      if (v == null || v.isBlank()) {
        throw new RandomizationInputException("cluster " + c.id() + ": covariate " + covariate + " is missing");
      }
      values.add(v.trim());
    }
    boolean numeric = values.stream().allMatch(CategoricalLevels::isNumber);
    Comparator<String> order = numeric
        ? Comparator.comparingDouble(Double::parseDouble)
        : Comparator.naturalOrder();
    TreeSet<String> distinct = new TreeSet<>(order);
    distinct.addAll(values);
    List<String> levels = new ArrayList<>(distinct);
    if (levels.size() < 2) {
      throw new RandomizationInputException("covariate " + covariate + " is constant across clusters");
    }
    return new CategoricalLevels(values, levels, order);
  }

  private static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  int count() {
    return levels.size();
  }

  String label(int level) {
    return levels.get(level);
  }

  /** Per cluster (in input order): the level's position in sorted order. */
  int[] codes() {
    int[] codes = new int[values.size()];
    for (int i = 0; i < codes.length; i++) {
      String v = values.get(i);
      for (int level = 0; level < levels.size(); level++) {
        if (order.compare(levels.get(level), v) == 0) {
          codes[i] = level;
        }
      }
    }
    return codes;
  }

  double[] indicator(int level) {
    double[] column = new double[values.size()];
    String label = levels.get(level);
    for (int i = 0; i < column.length; i++) {
      column[i] = order.compare(values.get(i), label) == 0 ? 1 : 0;
    }
    return column;
  }
}
