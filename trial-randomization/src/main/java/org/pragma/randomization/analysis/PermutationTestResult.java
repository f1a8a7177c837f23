package org.pragma.randomization.analysis;

import java.util.List;
import java.util.Map;

/**
 * @param pValue share of schemes with |D| ≥ |D_observed| (observed scheme included), unrounded
 * @param statistic the observed D = Σ_j d_j m_j (treated minus control sum of residual means)
 * @param clusterMeanResiduals m_j by cluster id
 * @param schemes number of schemes in the constrained space
 */
public record PermutationTestResult(double pValue, double statistic, Map<String, Double> clusterMeanResiduals,
    int schemes, List<String> warnings) {}
