package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.RandomizationInputException;

/**
 * The standardized, weighted covariate matrix of cvcrand's {@code cvrall} (cvcrand.md §3–4):
 * numeric covariates in listed order, then for each categorical covariate one 0/1 column per level
 * but the first (levels sorted numerically when all are numbers, else by code point); every column
 * standardized with its mean and its n−1 standard deviation, then multiplied by its covariate's
 * weight (so under l2 a weight acts squared, as in cvcrand).
 */
public final class DesignMatrix {
  private final int clusters;
  private final List<String> columnNames;
  private final double[][] raw;
  private final double[] weightedZ;

  private DesignMatrix(List<String> columnNames, double[][] raw, double[] weights) {
    this.clusters = raw.length == 0 ? 0 : raw[0].length;
    this.columnNames = List.copyOf(columnNames);
    this.raw = raw;
    this.weightedZ = standardize(raw, weights, columnNames);
  }

  /** Builds the matrix, rejecting missing, non-numeric and constant covariates by name. */
  public static DesignMatrix of(List<Cluster> clusterList, List<Covariate> covariates) {
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Covariate c : covariates) {
      if (!c.categorical()) {
        names.add(c.name());
        columns.add(numericColumn(clusterList, c.name()));
        weights.add(c.weight());
      }
    }
    for (Covariate c : covariates) {
      if (c.categorical()) {
        CategoricalLevels levels = CategoricalLevels.of(clusterList, c.name());
        for (int level = 1; level < levels.count(); level++) {
          names.add(c.name() + "=" + levels.label(level));
          columns.add(levels.indicator(level));
          weights.add(c.weight());
        }
      }
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    return new DesignMatrix(names, columns.toArray(new double[0][]), w);
  }

  private static double[] numericColumn(List<Cluster> clusterList, String covariate) {
    double[] column = new double[clusterList.size()];
    for (int i = 0; i < column.length; i++) {
      Cluster cluster = clusterList.get(i);
      String text = cluster.value(covariate);
      if (text == null || text.isBlank()) {
        throw new RandomizationInputException(
            "cluster " + cluster.id() + ": covariate " + covariate + " is missing");
      }
      try {
        column[i] = Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        throw new RandomizationInputException("cluster " + cluster.id() + ": covariate " + covariate
            + " is not a number: '" + text + "'");
      }
      if (!Double.isFinite(column[i])) {
        throw new RandomizationInputException(
            "cluster " + cluster.id() + ": covariate " + covariate + " is not finite: '" + text + "'");
      }
    }
    return column;
  }

  private static double[] standardize(double[][] raw, double[] weights, List<String> names) {
    int n = raw.length == 0 ? 0 : raw[0].length;
    int k = raw.length;
    double[] z = new double[n * k];
    for (int col = 0; col < k; col++) {
      double[] x = raw[col];
      double mean = 0;
      for (double v : x) {
        mean += v;
      }
      mean /= n;
      double ss = 0;
      for (double v : x) {
        ss += (v - mean) * (v - mean);
      }
      double sd = Math.sqrt(ss / (n - 1));
      if (!(sd > 0)) {
        throw new RandomizationInputException("covariate " + names.get(col) + " is constant across clusters");
      }
      for (int i = 0; i < n; i++) {
        z[i * k + col] = weights[col] * ((x[i] - mean) / sd);
      }
    }
    return z;
  }

  public int clusters() {
    return clusters;
  }

  public int columns() {
    return columnNames.size();
  }

  public List<String> columnNames() {
    return columnNames;
  }

  /** Weighted standardized value w_k·z_ik. */
  public double weighted(int cluster, int column) {
    return weightedZ[cluster * columnNames.size() + column];
  }

  /** Row-major copy of w_k·z_ik (cluster i at offset i·columns). */
  public double[] weightedRows() {
    return weightedZ.clone();
  }

  /** The unstandardized value (0/1 for an indicator column). */
  public double raw(int cluster, int column) {
    return raw[column][cluster];
  }
}
