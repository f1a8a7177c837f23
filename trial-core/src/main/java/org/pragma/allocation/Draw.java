package org.pragma.allocation;

import java.util.List;
import java.util.Map;

/**
 * A randomization of sites as Pragma records and reports it: every input, the seed and algorithm,
 * the allocation, and the diagnostics (balance table, score histogram of the whole and the
 * constrained space, sizes, warnings). A preview is the same draw with a throw-away seed.
 *
 * @param clusters the sites in the order the engine read them, with the covariate values used
 * @param totalAllocations the number of possible allocations (constrained methods; 0 otherwise)
 * @param cutoffScore null for unconstrained methods
 * @param chosenScore null without covariates
 * @param scoredAllocations how many allocations were scored: all of them when {@code enumerated},
 *     otherwise a random sample of distinct ones; the histogram counts exactly these (null for
 *     unconstrained methods and for waves recorded before it was recorded)
 * @param imbalanceThreshold the |standardized difference| past which a covariate was flagged
 * @param imbalances the covariates whose arms differ by more than the threshold
 * @param pairs for pair-matched randomization, the matched pairs of sites, closest first
 */
public record Draw(
    String study,
    int wave,
    boolean preview,
    String method,
    String metric,
    Double cutoff,
    long seed,
    String algorithmVersion,
    String generator,
    List<ArmShare> arms,
    List<CovariateInput> covariates,
    String stratifyBy,
    List<ClusterRow> clusters,
    Map<String, String> allocation,
    long totalAllocations,
    int constrainedSize,
    boolean enumerated,
    Double cutoffScore,
    Double chosenScore,
    List<BalanceRow> balance,
    List<HistogramBin> histogram,
    List<String> warnings,
    String cliCommand,
    List<LeftOut> leftOut,
    Long scoredAllocations,
    Double imbalanceThreshold,
    List<Imbalance> imbalances,
    List<List<String>> pairs) {

  public Draw {
    leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    imbalances = imbalances == null ? List.of() : List.copyOf(imbalances);
    pairs = pairs == null ? List.of() : pairs.stream().map(List::copyOf).toList();
  }

  /**
   * Arms that differ on a covariate column by more than the threshold: {@code standardizedDifference}
   * is (mean of {@code arm} − mean of {@code comparedWith}) / √((sd² + sd²)/2), or null when neither
   * arm varies and their means differ (every site of one arm differs from every site of the other).
   */
  public record Imbalance(String covariate, String arm, String comparedWith, Double standardizedDifference) {}

  /** A site not randomized in this wave, and why (closed for good, or a covariate still missing). */
  public record LeftOut(String site, String reason) {}

  /**
   * The draw as a coordinator may see it: only their own sites' rows and arms. Whatever describes the
   * other sites (their covariate values, the balance table, imbalances and score histogram computed
   * from them, the matched pairs, the command line that reproduces the whole draw) is left out.
   */
  public Draw restrictedTo(java.util.function.Predicate<String> site) {
    Map<String, String> mine = new java.util.LinkedHashMap<>();
    allocation.forEach((code, arm) -> {
      if (site.test(code)) {
        mine.put(code, arm);
      }
    });
    return new Draw(study, wave, preview, method, metric, cutoff, seed, algorithmVersion, generator, arms, covariates,
        stratifyBy, clusters.stream().filter(c -> site.test(c.site())).toList(), mine, totalAllocations, constrainedSize,
        enumerated, cutoffScore, chosenScore, List.of(), List.of(), warningsNamingOnly(site), null,
        leftOut.stream().filter(l -> site.test(l.site())).toList(), scoredAllocations, imbalanceThreshold, List.of(), List.of());
  }

  /** The warnings that name no site outside {@code site} ("S1 and S4 are always in the same arm" tells S4's arm). */
  private List<String> warningsNamingOnly(java.util.function.Predicate<String> site) {
    List<java.util.regex.Pattern> others = clusters.stream().map(ClusterRow::site).filter(s -> !site.test(s))
        .map(s -> java.util.regex.Pattern.compile("(?<![A-Za-z0-9-])" + java.util.regex.Pattern.quote(s) + "(?![A-Za-z0-9-])"))
        .toList();
    return warnings.stream().filter(w -> others.stream().noneMatch(o -> o.matcher(w).find())).toList();
  }

  /** An arm, its ratio share and the number of sites it gets in this wave. */
  public record ArmShare(String code, int ratio, int sites) {}

  /** A balance covariate as the protocol names it. */
  public record CovariateInput(String code, String type, double weight) {}

  /** One site as the engine saw it. */
  public record ClusterRow(String site, Map<String, String> values) {}

  /** Per covariate column: arm means, arm SDs and standardized differences, arms in {@link #arms} order. */
  public record BalanceRow(String covariate, List<Double> mean, List<Double> sd, List<Double> standardizedDifference) {}

  /** Scores in [from, to): how many allocations of the whole space, and how many of those were kept. */
  public record HistogramBin(double from, double to, long all, long kept) {}
}
