package org.pragma.dashboard;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.pragma.protocol.Design;

/**
 * Cluster sizes and the design effect (Eldridge, Ashby and Kerry, Int J Epidemiol 2006): with m̄ the mean
 * number of patients per randomized site and CV the coefficient of variation of those sizes (sample
 * standard deviation / mean), DE = 1 + ((CV² + 1)·m̄ − 1)·ICC; the effective sample size is the patients
 * enrolled / DE; the power to detect the protocol's difference Δ between two arms of n = patients / arms
 * each (patients / arms shown) is Φ(Δ / (σ·√(2·DE / n)) − z₁₋α/₂) (normal approximation). Planned figures use the protocol's
 * equal cluster size (CV 0) and its enrollment target. Null figures cannot be computed (no design block,
 * no patients).
 *
 * @param sites randomized sites (the clusters), including those closed since
 */
public record ClusterDesign(Double icc, Double plannedClusterSize, Double effectSize, Double sd, Double alpha,
    Double plannedPower, Double plannedDesignEffect, Double powerAtTarget, long sites, long patients,
    double meanClusterSize, Double cv, Double designEffect, Double effectiveSampleSize, Double power) {

  private static final NormalDistribution NORMAL = new NormalDistribution();

  /**
   * The figures for these realized cluster sizes in {@code armsShown} arms (n per arm = patients / arms
   * shown), beside the planned ones: the study's enrollment target shared by its {@code studyArms} arms.
   */
  static ClusterDesign of(Optional<Design> design, List<Long> clusterSizes, int armsShown, int studyArms, int target) {
    double[] sizes = clusterSizes.stream().mapToDouble(Long::doubleValue).toArray();
    long patients = clusterSizes.stream().mapToLong(Long::longValue).sum();
    double mean = sizes.length == 0 ? 0 : new Mean().evaluate(sizes);
    Double cv = sizes.length < 2 || mean == 0 ? null : new StandardDeviation(true).evaluate(sizes) / mean;
    if (design.isEmpty()) {
      return new ClusterDesign(null, null, null, null, null, null, null, null, sizes.length, patients, round(mean), round(cv),
          null, null, null);
    }
    Design d = design.get();
    double plannedDe = designEffect(d.clusterSize(), 0, d.icc());
    Double de = cv == null ? null : designEffect(mean, cv, d.icc());
    return new ClusterDesign(d.icc(), d.clusterSize(), d.effectSize(), d.sd(), d.alpha(), d.power(), round(plannedDe),
        round(power(d.effectSize(), d.sd(), plannedDe, (double) target / Math.max(2, studyArms), d.alpha())), sizes.length, patients,
        round(mean), round(cv), round(de), de == null ? null : round(patients / de),
        de == null || patients == 0 ? null : round(power(d.effectSize(), d.sd(), de, (double) patients / Math.max(1, armsShown), d.alpha())));
  }

  /** 1 + ((CV² + 1)·m̄ − 1)·ICC. */
  public static double designEffect(double meanSize, double cv, double icc) {
    return 1 + ((cv * cv + 1) * meanSize - 1) * icc;
  }

  /** Φ(Δ / (σ·√(2·DE / n)) − z₁₋α/₂), n patients per arm; 0 without patients. */
  public static double power(double difference, double sd, double designEffect, double perArm, double alpha) {
    if (perArm <= 0) {
      return 0;
    }
    double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
    return NORMAL.cumulativeProbability(difference / (sd * Math.sqrt(2 * designEffect / perArm)) - z);
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 10000) / 10000.0;
  }
}
