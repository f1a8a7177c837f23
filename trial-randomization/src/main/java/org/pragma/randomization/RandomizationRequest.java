package org.pragma.randomization;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a randomization depends on; recorded verbatim in the result so the same request
 * reproduces the same allocation on any machine.
 *
 * @param clusters the clusters in input (row) order; the order defines enumeration order
 * @param covariates balance covariates; numeric ones first form columns in listed order, then the
 *     indicator columns of the categorical ones (cvcrand's column order)
 * @param arms arms in order; for two arms the first is the "treated" arm of cvcrand
 * @param method constrained, stratified, pair-matched or simple
 * @param metric l2 or l1
 * @param cutoff fraction of best-balanced allocations kept, strictly inside (0,1)
 * @param schemes if positive, keep exactly this many allocations instead (cvcrand's numschemes)
 * @param stratifyBy categorical covariate to stratify on (weight 1000 under CONSTRAINED, the strata
 *     under STRATIFIED), or null
 * @param seed seed of the MersenneTwister generator
 * @param enumerationLimit enumerate every allocation when the space has at most this many
 * @param simulationCount otherwise, the number of distinct random allocations drawn
 * @param tieRule how allocations tied at the cutoff score are treated
 * @param checkValidity whether to compute the pairwise same-arm shares over the constrained space
 */
public record RandomizationRequest(
    List<Cluster> clusters,
    List<Covariate> covariates,
    List<Arm> arms,
    Method method,
    BalanceMetric metric,
    double cutoff,
    int schemes,
    String stratifyBy,
    long seed,
    long enumerationLimit,
    int simulationCount,
    TieRule tieRule,
    boolean checkValidity) {

  /** cvcrand's default {@code size}: the enumeration threshold and the number of draws. */
  public static final int DEFAULT_SIZE = 50_000;

  public RandomizationRequest {
    clusters = List.copyOf(clusters);
    covariates = List.copyOf(covariates);
    arms = List.copyOf(arms);
    if (!(cutoff > 0 && cutoff < 1)) {
      throw new RandomizationInputException("cutoff must be strictly between 0 and 1, got " + cutoff);
    }
    if (schemes < 0) {
      throw new RandomizationInputException("schemes must be positive, got " + schemes);
    }
    if (arms.size() < 2) {
      throw new RandomizationInputException("at least two arms are needed, got " + arms.size());
    }
    if (enumerationLimit < 0 || simulationCount < 1) {
      throw new RandomizationInputException("enumeration limit must be >= 0 and simulation count >= 1");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Arm sizes for this request's clusters, by {@link ArmSizes#apportion}. */
  public int[] armSizes() {
    return ArmSizes.apportion(clusters.size(), arms);
  }

  /** Fluent construction with cvcrand's defaults (l2, cutoff 0.1, seed 12345, size 50,000). */
  public static final class Builder {
    private List<Cluster> clusters = new ArrayList<>();
    private List<Covariate> covariates = new ArrayList<>();
    private List<Arm> arms = List.of(new Arm("treatment", 1), new Arm("control", 1));
    private Method method = Method.CONSTRAINED;
    private BalanceMetric metric = BalanceMetric.L2;
    private double cutoff = 0.1;
    private int schemes;
    private String stratifyBy;
    private long seed = 12345L;
    private long enumerationLimit = DEFAULT_SIZE;
    private int simulationCount = DEFAULT_SIZE;
    private TieRule tieRule = TieRule.FIRST_IN_ORDER;
    private boolean checkValidity = true;

    public Builder clusters(List<Cluster> value) { clusters = value; return this; }
    public Builder covariates(List<Covariate> value) { covariates = value; return this; }
    public Builder arms(List<Arm> value) { arms = value; return this; }
    public Builder method(Method value) { method = value; return this; }
    public Builder metric(BalanceMetric value) { metric = value; return this; }
    public Builder cutoff(double value) { cutoff = value; return this; }
    public Builder schemes(int value) { schemes = value; return this; }
    public Builder stratifyBy(String value) { stratifyBy = value; return this; }
    public Builder seed(long value) { seed = value; return this; }
    public Builder enumerationLimit(long value) { enumerationLimit = value; return this; }
    public Builder simulationCount(int value) { simulationCount = value; return this; }
    public Builder tieRule(TieRule value) { tieRule = value; return this; }
    public Builder checkValidity(boolean value) { checkValidity = value; return this; }

    /** Two arms, {@code treated} of the clusters in the first ("treatment"), as cvcrand's ntrt_cluster. */
    public Builder treated(int treated, int total) {
      arms = List.of(new Arm("treatment", treated), new Arm("control", total - treated));
      return this;
    }

    public RandomizationRequest build() {
      return new RandomizationRequest(clusters, covariates, arms, method, metric, cutoff, schemes,
          stratifyBy, seed, enumerationLimit, simulationCount, tieRule, checkValidity);
    }
  }
}
