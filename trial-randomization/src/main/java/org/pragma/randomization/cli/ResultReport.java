package org.pragma.randomization.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pragma.randomization.RandomizationResult;
import org.pragma.randomization.constrained.BalanceTable;
import org.pragma.randomization.constrained.ScoreDistribution;

/** Prints a randomization result as text for a statistician or as JSON for tools. */
final class ResultReport {
  private ResultReport() {}

  static String json(RandomizationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("algorithm_version", r.algorithmVersion());
    m.put("generator", r.generator());
    m.put("seed", r.request().seed());
    m.put("method", r.request().method().name().toLowerCase(Locale.ROOT));
    m.put("metric", r.request().metric().name().toLowerCase(Locale.ROOT));
    m.put("allocation", r.allocation());
    if (!r.pairs().isEmpty()) {
      m.put("pairs", r.pairs());
    }
    m.put("arm_sizes", r.armSizes());
    m.put("total_allocations", r.totalAllocations());
    if (r.space() != null) {
      m.put("scored_allocations", r.space().scoredAllocations());
      m.put("enumerated", r.space().enumerated());
      m.put("constrained_size", r.constrainedSize());
      m.put("cutoff_score", r.cutoffScore());
      m.put("chosen_rank", r.chosenRank());
      m.put("whole_space_scores", distribution(r.wholeSpaceScores()));
      m.put("constrained_space_scores", distribution(r.constrainedSpaceScores()));
    }
    m.put("chosen_score", r.chosenScore());
    m.put("balance", r.balance() == null ? null : balance(r.balance()));
    m.put("warnings", r.warnings());
    return Json.of(m) + System.lineSeparator();
  }

  private static Map<String, Object> distribution(ScoreDistribution d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("allocations", d.allocations());
    m.put("sampled", d.sampled());
    m.put("min", d.min());
    m.put("max", d.max());
    m.put("probabilities", d.probabilities());
    m.put("quantiles", d.quantiles());
    m.put("bin_edges", d.binEdges());
    m.put("bin_counts", d.binCounts());
    return m;
  }

  private static List<Object> balance(BalanceTable t) {
    List<Object> rows = new ArrayList<>();
    for (BalanceTable.Row row : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("covariate", row.covariate());
      for (int a = 0; a < t.armNames().size(); a++) {
        Map<String, Object> arm = new LinkedHashMap<>();
        arm.put("mean", row.mean()[a]);
        arm.put("sd", row.sd()[a]);
        arm.put("standardized_difference", row.standardizedDifference()[a]);
        m.put(t.armNames().get(a), arm);
      }
      rows.add(m);
    }
    return rows;
  }

  static String text(RandomizationResult r) {
    StringBuilder b = new StringBuilder();
    b.append("Allocation (").append(r.request().method().name().toLowerCase(Locale.ROOT))
        .append(", seed ").append(r.request().seed()).append(", ").append(r.algorithmVersion()).append(")\n");
    r.allocation().forEach((id, arm) -> b.append(String.format(Locale.ROOT, "  %-12s %s%n", id, arm)));
    if (!r.pairs().isEmpty()) {
      b.append("Matched pairs (closest first)\n");
      for (List<String> pair : r.pairs()) {
        b.append(String.format(Locale.ROOT, "  %-12s %-12s %s / %s%n", pair.get(0), pair.get(1),
            r.allocation().get(pair.get(0)), r.allocation().get(pair.get(1))));
      }
    }
    if (r.space() != null) {
      b.append(String.format(Locale.ROOT, "Allocations: %d in total, %d scored (%s), %d kept (%.2f%%)%n",
          r.totalAllocations(), r.space().scoredAllocations(), r.space().enumerated() ? "enumerated" : "simulated",
          r.constrainedSize(), 100.0 * r.constrainedSize() / r.space().scoredAllocations()));
      b.append(String.format(Locale.ROOT, "Cutoff score: %.6g; chosen score: %.6g (rank %d)%n",
          r.cutoffScore(), r.chosenScore(), r.chosenRank()));
    }
    if (r.balance() != null) {
      b.append("Balance (mean (sd) per arm; standardized difference vs ").append(r.balance().armNames().get(0)).append(")\n");
      for (BalanceTable.Row row : r.balance().rows()) {
        b.append(String.format(Locale.ROOT, "  %-28s", row.covariate()));
        for (int a = 0; a < row.mean().length; a++) {
          b.append(String.format(Locale.ROOT, "  %s: %.3f (%.3f) d=%.3f", r.balance().armNames().get(a),
              row.mean()[a], row.sd()[a], row.standardizedDifference()[a]));
        }
        b.append('\n');
      }
    }
    r.warnings().forEach(w -> b.append("Warning: ").append(w).append('\n'));
    return b.toString();
  }
}
