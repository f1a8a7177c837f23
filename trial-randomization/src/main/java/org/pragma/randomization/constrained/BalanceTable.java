package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.List;

/**
 * Baseline balance of one allocation: for every design column (numeric covariate or indicator of
 * a categorical level) the arm means and SDs (n−1 divisor) of the unstandardized values, and each
 * arm's standardized difference from the first arm, (mean_a − mean_1)/√((sd_a² + sd_1²)/2).
 */
public record BalanceTable(List<String> armNames, List<Row> rows) {

  /** One covariate column. {@code standardizedDifference[0]} is 0 (the first arm against itself). */
  public record Row(String covariate, double[] mean, double[] sd, double[] standardizedDifference) {}

  public static BalanceTable of(DesignMatrix matrix, int[] armOfCluster, List<String> armNames) {
    int arms = armNames.size();
    List<Row> rows = new ArrayList<>();
    for (int col = 0; col < matrix.columns(); col++) {
      double[] mean = new double[arms];
      double[] sd = new double[arms];
      double[] diff = new double[arms];
      for (int a = 0; a < arms; a++) {
        double[] values = valuesIn(matrix, col, armOfCluster, a);
        mean[a] = mean(values);
        sd[a] = sd(values, mean[a]);
      }
      for (int a = 0; a < arms; a++) {
        diff[a] = (mean[a] - mean[0]) / Math.sqrt((sd[a] * sd[a] + sd[0] * sd[0]) / 2);
      }
      diff[0] = 0;
      rows.add(new Row(matrix.columnNames().get(col), mean, sd, diff));
    }
    return new BalanceTable(List.copyOf(armNames), List.copyOf(rows));
  }

  private static double[] valuesIn(DesignMatrix matrix, int col, int[] armOfCluster, int arm) {
    return java.util.stream.IntStream.range(0, armOfCluster.length)
        .filter(i -> armOfCluster[i] == arm)
        .mapToDouble(i -> matrix.raw(i, col)).toArray();
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? Double.NaN : s / v.length;
  }

  private static double sd(double[] v, double mean) {
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return v.length < 2 ? Double.NaN : Math.sqrt(ss / (v.length - 1));
  }
}
