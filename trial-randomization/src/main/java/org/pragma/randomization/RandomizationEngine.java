package org.pragma.randomization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.pragma.randomization.basic.PairMatchedRandomization;
import org.pragma.randomization.basic.SimpleRandomization;
import org.pragma.randomization.basic.StratifiedRandomization;
import org.pragma.randomization.constrained.BalanceScorer;
import org.pragma.randomization.constrained.BalanceTable;
import org.pragma.randomization.constrained.ConstrainedSpace;
import org.pragma.randomization.constrained.DesignMatrix;
import org.pragma.randomization.constrained.SpaceBuilder;
import org.pragma.randomization.constrained.SpaceListing;
import org.pragma.randomization.constrained.SpaceRule;
import org.pragma.randomization.constrained.ValidityReport;

/**
 * Randomizes clusters to arms by the method the request names. The generator is Commons Math's
 * {@link MersenneTwister} seeded with the request's seed; it is used, in this order, for the
 * simulation draws (if any) and then the single draw of the allocation, so the same request gives
 * the same allocation on any machine.
 */
public final class RandomizationEngine {
  /** Changes whenever any rule that can change an allocation for the same request changes. */
  public static final String ALGORITHM_VERSION = "pragma-randomization 1.0 (cvcrand 0.1.1 definitions)";
  public static final String GENERATOR = "org.apache.commons.math3.random.MersenneTwister (MT19937), new MersenneTwister(seed)";
  /** A constrained space smaller than this gets a warning: too few allocations to draw from. */
  public static final int SMALL_SPACE = 100;

  public RandomizationResult randomize(RandomizationRequest request) {
    int[] sizes = checkedSizes(request);
    RandomGenerator rng = new MersenneTwister(request.seed());
    return request.method() == Method.CONSTRAINED
        ? constrained(request, sizes, rng)
        : unconstrained(request, sizes, rng);
  }

  /**
   * Replays every allocation scored by a constrained randomization (for the {@code --space} file
   * or an audit), in R's list order, with its exact score and membership of the constrained space.
   */
  public void forEachScoredAllocation(RandomizationResult result, SpaceListing.Visitor visitor) {
    RandomizationRequest request = result.request();
    if (result.space() == null) {
      throw new RandomizationInputException("only a constrained randomization has a space of allocations");
    }
    DesignMatrix matrix = DesignMatrix.of(request.clusters(), CovariatePlan.of(request).covariates());
    int[] sizes = request.armSizes();
    BalanceScorer scorer = new BalanceScorer(matrix, request.metric(), sizes.length);
    SpaceListing.forEach(scorer, sizes, SpaceRule.of(request), request.seed(), result.space(), visitor);
  }

  private static int[] checkedSizes(RandomizationRequest request) {
    int n = request.clusters().size();
    int[] sizes = request.armSizes();
    for (int s : sizes) {
      if (s < 1 || n < 2) {
        throw new RandomizationInputException("too few clusters (" + n + ") for " + sizes.length + " arms");
      }
    }
    if (request.clusters().stream().map(Cluster::id).distinct().count() != n) {
      throw new RandomizationInputException("cluster ids must be unique");
    }
    return sizes;
  }

  private RandomizationResult constrained(RandomizationRequest request, int[] sizes, RandomGenerator rng) {
    if (request.covariates().isEmpty()) {
      throw new RandomizationInputException("constrained randomization needs at least one covariate");
    }
    CovariatePlan plan = CovariatePlan.of(request);
    DesignMatrix matrix = DesignMatrix.of(request.clusters(), plan.covariates());
    BalanceScorer scorer = new BalanceScorer(matrix, request.metric(), sizes.length);
    ConstrainedSpace space = SpaceBuilder.build(scorer, sizes, SpaceRule.of(request), rng);
    int chosen = space.draw(rng);
    int[] arms = space.arms(chosen, sizes.length == 0 ? 0 : request.clusters().size());
    List<String> warnings = new ArrayList<>(plan.warnings());
    warnings.addAll(space.warnings());
    if (space.size() < SMALL_SPACE) {
      warnings.add("the constrained space holds only " + space.size() + " allocations (fewer than "
          + SMALL_SPACE + "): too few to draw from credibly; loosen the cutoff");
    }
    ValidityReport validity = null;
    if (request.checkValidity()) {
      validity = ValidityReport.of(space, ids(request));
      warnings.addAll(validity.warnings());
    }
    return result(request, sizes, arms, space.score(chosen), BalanceTable.of(matrix, arms, armNames(request)),
        space, chosen + 1, validity, warnings, List.of());
  }

  private RandomizationResult unconstrained(RandomizationRequest request, int[] sizes, RandomGenerator rng) {
    DesignMatrix matrix = request.covariates().isEmpty() ? null
        : DesignMatrix.of(request.clusters(), request.covariates());
    List<List<String>> pairs = new ArrayList<>();
    int[] arms = switch (request.method()) {
      case SIMPLE -> SimpleRandomization.allocate(sizes, rng);
      case STRATIFIED -> StratifiedRandomization.allocate(strata(request), request.arms(), rng);
      case PAIR_MATCHED -> pairMatched(request, sizes, matrix, rng, pairs);
      case CONSTRAINED -> throw new IllegalStateException("handled above");
    };
    int[] realized = new int[sizes.length];
    for (int a : arms) {
      realized[a]++;
    }
    double score = Double.NaN;
    BalanceTable balance = matrix == null ? null : BalanceTable.of(matrix, arms, armNames(request));
    if (matrix != null && arms.length <= 64) {
      score = new BalanceScorer(matrix, request.metric(), sizes.length).score(masks(arms, sizes.length), 0);
    }
    return result(request, realized, arms, score, balance, null, 0, null, List.of(), pairs);
  }

  private static int[] pairMatched(RandomizationRequest r, int[] sizes, DesignMatrix matrix, RandomGenerator rng,
      List<List<String>> pairIds) {
    if (sizes.length != 2 || sizes[0] != sizes[1] || matrix == null) {
      throw new RandomizationInputException("pair matching needs two equal arms and at least one covariate");
    }
    List<int[]> pairs = PairMatchedRandomization.pairs(matrix);
    for (int[] pair : pairs) {
      pairIds.add(List.of(r.clusters().get(pair[0]).id(), r.clusters().get(pair[1]).id()));
    }
    return PairMatchedRandomization.allocate(pairs, r.clusters().size(), rng);
  }

  private static List<String> strata(RandomizationRequest request) {
    String column = request.stratifyBy();
    if (column == null) {
      throw new RandomizationInputException("stratified randomization needs a stratify column");
    }
    List<String> strata = new ArrayList<>();
    for (Cluster c : request.clusters()) {
      String v = c.value(column);
      if (v == null || v.isBlank()) {
        throw new RandomizationInputException("cluster " + c.id() + ": stratify column " + column + " is missing");
      }
      strata.add(v.trim());
    }
    return strata;
  }

  private static long[] masks(int[] arms, int armCount) {
    long[] masks = new long[armCount - 1];
    for (int i = 0; i < arms.length; i++) {
      if (arms[i] < armCount - 1) {
        masks[arms[i]] |= 1L << i;
      }
    }
    return masks;
  }

  private static RandomizationResult result(RandomizationRequest request, int[] sizes, int[] arms, double score,
      BalanceTable balance, ConstrainedSpace space, int rank, ValidityReport validity, List<String> warnings,
      List<List<String>> pairs) {
    List<String> names = armNames(request);
    Map<String, String> allocation = new LinkedHashMap<>();
    for (int i = 0; i < arms.length; i++) {
      allocation.put(request.clusters().get(i).id(), names.get(arms[i]));
    }
    Map<String, Integer> armSizes = new LinkedHashMap<>();
    for (int a = 0; a < names.size(); a++) {
      armSizes.put(names.get(a), sizes[a]);
    }
    return new RandomizationResult(ALGORITHM_VERSION, GENERATOR, request, allocation, armSizes, score,
        balance, space, rank, validity, warnings, pairs);
  }

  static List<String> armNames(RandomizationRequest request) {
    return request.arms().stream().map(Arm::name).toList();
  }

  private static List<String> ids(RandomizationRequest request) {
    return request.clusters().stream().map(Cluster::id).toList();
  }
}
