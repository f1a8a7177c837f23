package org.pragma.randomization.analysis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.pragma.randomization.RandomizationInputException;

/**
 * The outcome model fitted without the treatment term (cptest step 3): least squares of y on an
 * intercept and the covariates, or logistic regression by Newton–Raphson (IRLS) with
 * <b>response</b> residuals y − p̂, as cvcrand's {@code cptest}.
 */
final class ResidualModel {
  private static final int MAX_ITERATIONS = 100;

  private ResidualModel() {}

  static double[] residuals(double[] y, double[][] x, OutcomeType type) {
    boolean noCovariates = x.length == 0 || x[0].length == 0;
    if (type == OutcomeType.CONTINUOUS) {
      if (noCovariates) {
        double mean = java.util.Arrays.stream(y).average().orElse(Double.NaN);
        return java.util.Arrays.stream(y).map(v -> v - mean).toArray();
      }
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, x);
      try {
        return ols.estimateResiduals();
      } catch (SingularMatrixException e) {
        throw new RandomizationInputException("the covariates of the outcome model are collinear");
      }
    }
    for (double v : y) {
      if (v != 0 && v != 1) {
        throw new RandomizationInputException("a binary outcome must be 0 or 1, got " + v);
      }
    }
    double[] p = logisticFit(y, x);
    double[] r = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      r[i] = y[i] - p[i];
    }
    return r;
  }

  private static double[] logisticFit(double[] y, double[][] x) {
    int n = y.length;
    int cols = (x.length == 0 ? 0 : x[0].length) + 1;
    RealMatrix design = new Array2DRowRealMatrix(n, cols);
    for (int i = 0; i < n; i++) {
      design.setEntry(i, 0, 1);
      for (int j = 1; j < cols; j++) {
        design.setEntry(i, j, x[i][j - 1]);
      }
    }
    RealVector beta = new ArrayRealVector(cols);
    double[] p = new double[n];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      RealVector eta = design.operate(beta);
      RealMatrix information = new Array2DRowRealMatrix(cols, cols);
      RealVector score = new ArrayRealVector(cols);
      for (int i = 0; i < n; i++) {
        p[i] = 1 / (1 + Math.exp(-eta.getEntry(i)));
        double w = p[i] * (1 - p[i]);
        for (int a = 0; a < cols; a++) {
          score.addToEntry(a, design.getEntry(i, a) * (y[i] - p[i]));
          for (int b = 0; b < cols; b++) {
            information.addToEntry(a, b, w * design.getEntry(i, a) * design.getEntry(i, b));
          }
        }
      }
      RealVector step;
      try {
        step = new LUDecomposition(information).getSolver().solve(score);
      } catch (SingularMatrixException e) {
        throw new RandomizationInputException("the logistic outcome model cannot be fitted (separation or collinearity)");
      }
      beta = beta.add(step);
      if (step.getLInfNorm() < 1e-10) {
        break;
      }
    }
    RealVector eta = design.operate(beta);
    for (int i = 0; i < n; i++) {
      p[i] = 1 / (1 + Math.exp(-eta.getEntry(i)));
    }
    return p;
  }
}
