package org.pragma.randomization.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pragma.randomization.RandomizationInputException;

/**
 * cvcrand's {@code cptest} (cvcrand.md §10): fit the outcome without treatment, average the
 * residuals within each cluster (m_j), score each scheme d (±1 per cluster) by D = Σ_j d_j m_j and
 * report the share of schemes with |D| ≥ |D_observed|. Pragma matches m_j to the scheme by cluster
 * id (cvcrand matches by position, wrong unless the design rows were in sorted-id order) and
 * counts |D| equal to |D_observed| within 1e-12 relative as equally extreme, so a mirror scheme
 * is never split by rounding noise.
 */
public final class ClusterPermutationTest {
  private static final double RELATIVE_TOLERANCE = 1e-12;

  private ClusterPermutationTest() {}

  /**
   * @param clusterOfIndividual cluster id of each individual
   * @param y outcome of each individual
   * @param x individual covariates (n × p, p may be 0)
   * @param schemes the constrained space: per scheme, the treated cluster ids
   * @param observed index of the scheme actually used
   */
  public static PermutationTestResult run(List<String> clusterOfIndividual, double[] y, double[][] x,
      OutcomeType type, List<java.util.Set<String>> schemes, int observed) {
    double[] residuals = ResidualModel.residuals(y, x, type);
    Map<String, Double> means = clusterMeans(clusterOfIndividual, residuals);
    List<String> warnings = new ArrayList<>();
    for (java.util.Set<String> scheme : schemes) {
      if (!means.keySet().containsAll(scheme)) {
        throw new RandomizationInputException("the space names a treated cluster with no outcome: "
            + scheme.stream().filter(id -> !means.containsKey(id)).findFirst().orElse(""));
      }
    }
    if (schemes.get(observed).size() * 2 != means.size()) {
      warnings.add("arms are unequal: the permutation test may be anti-conservative (as cvcrand warns)");
    }
    double[] d = new double[schemes.size()];
    for (int s = 0; s < d.length; s++) {
      d[s] = statistic(means, schemes.get(s));
    }
    double cut = Math.abs(d[observed]) * (1 - RELATIVE_TOLERANCE);
    long extreme = java.util.Arrays.stream(d).filter(v -> Math.abs(v) >= cut).count();
    return new PermutationTestResult((double) extreme / d.length, d[observed], means, d.length, warnings);
  }

  private static Map<String, Double> clusterMeans(List<String> cluster, double[] residuals) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (int i = 0; i < residuals.length; i++) {
      double[] s = sums.computeIfAbsent(cluster.get(i), k -> new double[2]);
      s[0] += residuals[i];
      s[1]++;
    }
    Map<String, Double> means = new LinkedHashMap<>();
    sums.forEach((id, s) -> means.put(id, s[0] / s[1]));
    return means;
  }

  private static double statistic(Map<String, Double> means, java.util.Set<String> treated) {
    double d = 0;
    for (Map.Entry<String, Double> e : means.entrySet()) {
      d += treated.contains(e.getKey()) ? e.getValue() : -e.getValue();
    }
    return d;
  }
}
