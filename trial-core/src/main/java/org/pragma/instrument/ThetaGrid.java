package org.pragma.instrument;

/**
 * The quadrature grid for expected a posteriori (EAP) scoring: theta from -8 to 8 in steps of 0.01 with a
 * standard normal prior, as HealthMeasures scores PROMIS (JPRO 2022, doi:10.1186/s41687-022-00464-9).
 */
final class ThetaGrid {

  static final ThetaGrid STANDARD = new ThetaGrid(-8.0, 8.0, 1601);

  private final double[] thetas;
  private final double[] prior;

  private ThetaGrid(double from, double to, int points) {
    thetas = new double[points];
    prior = new double[points];
    for (int i = 0; i < points; i++) {
      thetas[i] = from + (to - from) * i / (points - 1);
      prior[i] = Math.exp(-thetas[i] * thetas[i] / 2);
    }
  }

  int size() {
    return thetas.length;
  }

  double theta(int point) {
    return thetas[point];
  }

  /**
   * The EAP T-score and SE from the likelihood of the observed data at every grid point.
   *
   * @throws UncomputableScoreException when the likelihood vanishes (underflows) on the whole grid, as only an
   *     implausible calibration can make it
   */
  TScore posterior(double[] likelihood, String calibration) {
    double weight = 0;
    double sum = 0;
    for (int i = 0; i < thetas.length; i++) {
      double w = likelihood[i] * prior[i];
      weight += w;
      sum += w * thetas[i];
    }
    if (!(weight > 0) || !Double.isFinite(sum / weight)) {
      throw new UncomputableScoreException();
    }
    double mean = sum / weight;
    double variance = 0;
    for (int i = 0; i < thetas.length; i++) {
      double d = thetas[i] - mean;
      variance += likelihood[i] * prior[i] * d * d;
    }
    return TScore.ofTheta(mean, Math.sqrt(variance / weight), calibration);
  }
}
