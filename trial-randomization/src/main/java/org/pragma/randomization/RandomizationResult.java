package org.pragma.randomization;

import java.util.List;
import java.util.Map;
import org.pragma.randomization.constrained.BalanceTable;
import org.pragma.randomization.constrained.ConstrainedSpace;
import org.pragma.randomization.constrained.ScoreDistribution;
import org.pragma.randomization.constrained.ValidityReport;

/**
 * The outcome of one randomization and everything needed to audit and reproduce it.
 *
 * @param algorithmVersion {@link RandomizationEngine#ALGORITHM_VERSION}
 * @param generator the named pseudo-random generator and how it was seeded
 * @param request every input, verbatim
 * @param allocation arm name by cluster id, in input order
 * @param armSizes clusters per arm name, in arm order
 * @param chosenScore balance score of the allocation (NaN without covariates)
 * @param balance arm means/SDs and standardized differences (null without covariates)
 * @param space the constrained space in rank order (null for unconstrained methods)
 * @param chosenRank 1-based position of the allocation in the constrained space (0 if none)
 * @param validity pairwise same-arm shares (null unless requested and constrained)
 * @param warnings every warning: tiny space, stratify weights, over-constraint
 * @param pairs for pair-matched randomization, the matched pairs as cluster ids (each pair in
 *     input order, pairs in matching order: closest first); empty for the other methods
 */
public record RandomizationResult(
    String algorithmVersion,
    String generator,
    RandomizationRequest request,
    Map<String, String> allocation,
    Map<String, Integer> armSizes,
    double chosenScore,
    BalanceTable balance,
    ConstrainedSpace space,
    int chosenRank,
    ValidityReport validity,
    List<String> warnings,
    List<List<String>> pairs) {

  public RandomizationResult {
    warnings = List.copyOf(warnings);
    pairs = pairs.stream().map(List::copyOf).toList();
  }

  /** Allocations in the whole space (0 for unconstrained methods). */
  public long totalAllocations() {
    return space == null ? 0 : space.totalAllocations();
  }

  /** Allocations kept (0 for unconstrained methods). */
  public int constrainedSize() {
    return space == null ? 0 : space.size();
  }

  /** cvcrand's "cutoff score" (NaN for unconstrained methods). */
  public double cutoffScore() {
    return space == null ? Double.NaN : space.cutoffScore();
  }

  /** Score distribution of the whole space (null for unconstrained methods). */
  public ScoreDistribution wholeSpaceScores() {
    return space == null ? null : space.wholeDistribution();
  }

  /** Score distribution of the constrained space (null for unconstrained methods). */
  public ScoreDistribution constrainedSpaceScores() {
    return space == null ? null : space.keptDistribution();
  }
}
