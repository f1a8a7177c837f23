package org.pragma.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import org.pragma.randomization.RandomizationEngine;
import org.pragma.randomization.RandomizationResult;
import org.pragma.randomization.constrained.BalanceTable;

/** Writes an engine result as a {@link Draw}: inputs, allocation, balance table and score histogram. */
final class DrawReport {
  static final int BINS = 24;

  private DrawReport() {}

  static Draw of(RandomizationPlan plan, RandomizationEngine engine, RandomizationResult r, int wave, boolean preview, String csvName,
      List<Draw.LeftOut> leftOut, double imbalanceThreshold) {
    long seed = r.request().seed();
    List<Draw.ArmShare> arms = plan.protocol.arms().stream()
        .map(a -> new Draw.ArmShare(a.code(), plan.protocol.allocation().get(a.code()), r.armSizes().getOrDefault(a.code(), 0)))
        .toList();
    List<Draw.CovariateInput> covariates = plan.covariates.stream()
        .map(c -> new Draw.CovariateInput(c.code(), c.type(), c.weight())).toList();
    List<Draw.ClusterRow> clusters = plan.sites.stream().map(s -> new Draw.ClusterRow(s.code(), plan.valuesOf(s))).toList();
    List<String> warnings = new ArrayList<>(r.warnings());
    if (r.validity() != null) {
      r.validity().warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
    }
    return new Draw(plan.protocol.code().toUpperCase(java.util.Locale.ROOT), wave, preview,
        plan.method.name(), "l2", plan.method == org.pragma.randomization.Method.CONSTRAINED ? plan.cutoff : null,
        seed, r.algorithmVersion(), r.generator(), arms, covariates, plan.stratifyBy, clusters,
        new LinkedHashMap<>(r.allocation()), r.totalAllocations(), r.constrainedSize(),
        r.space() != null && r.space().enumerated(),
        finite(r.cutoffScore()), finite(r.chosenScore()), balance(r.balance()), histogram(engine, r),
        warnings, plan.cliCommand(csvName, seed), leftOut,
        r.space() == null ? null : r.space().scoredAllocations(), imbalanceThreshold,
        imbalances(r.balance(), imbalanceThreshold), r.pairs());
  }

  /**
   * Every pair of arms whose standardized difference on a covariate column exceeds the threshold in
   * absolute value. A difference that cannot be computed because an arm has a single site is not
   * flagged; one that is infinite (no spread within either arm, different means) is.
   */
  static List<Draw.Imbalance> imbalances(BalanceTable table, double threshold) {
    List<Draw.Imbalance> flagged = new ArrayList<>();
    if (table == null) {
      return flagged;
    }
    for (BalanceTable.Row row : table.rows()) {
      for (int a = 0; a < table.armNames().size(); a++) {
        for (int b = a + 1; b < table.armNames().size(); b++) {
          double d = (row.mean()[b] - row.mean()[a]) / Math.sqrt((row.sd()[a] * row.sd()[a] + row.sd()[b] * row.sd()[b]) / 2);
          if (!Double.isNaN(d) && Math.abs(d) > threshold) {
            flagged.add(new Draw.Imbalance(row.covariate(), table.armNames().get(b), table.armNames().get(a), finite(d)));
          }
        }
      }
    }
    return flagged;
  }

  private static List<Draw.BalanceRow> balance(BalanceTable table) {
    if (table == null) {
      return List.of();
    }
    return table.rows().stream()
        .map(row -> new Draw.BalanceRow(row.covariate(), list(row.mean()), list(row.sd()), list(row.standardizedDifference())))
        .toList();
  }

  /** The whole space's scores in equal bins between its minimum and maximum, with the kept ones counted apart. */
  private static List<Draw.HistogramBin> histogram(RandomizationEngine engine, RandomizationResult r) {
    if (r.wholeSpaceScores() == null || r.totalAllocations() == 0) {
      return List.of();
    }
    double min = r.wholeSpaceScores().min();
    double max = r.wholeSpaceScores().max();
    double width = max > min ? (max - min) / BINS : 1;
    long[] all = new long[BINS];
    long[] kept = new long[BINS];
    engine.forEachScoredAllocation(r, (masks, score, inSpace) -> {
      int bin = Math.min(BINS - 1, Math.max(0, (int) ((score - min) / width)));
      all[bin]++;
      if (inSpace) {
        kept[bin]++;
      }
    });
    List<Draw.HistogramBin> bins = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      bins.add(new Draw.HistogramBin(min + i * width, min + (i + 1) * width, all[i], kept[i]));
    }
    return bins;
  }

  private static List<Double> list(double[] values) {
    return values == null ? List.of() : Arrays.stream(values).boxed().map(DrawReport::finite).toList();
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }

}
