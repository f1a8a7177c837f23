package org.pragma.web.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.pragma.allocation.Draw;
import org.pragma.web.faces.Formats;
import org.pragma.web.faces.Labels;

/**
 * A randomization draw's report in words and numbers people read ({@code #{drawText.methodLabel(draw)}}):
 * the method said plainly, design columns as labels, balance scores rounded, the histogram as a chart.
 */
@Named("drawText")
@ApplicationScoped
public class DrawText {
  /** The method as the report names it, with how it works in a few words. */
  public String methodLabel(Draw draw) {
    return switch (draw.method()) {
      case "CONSTRAINED" -> "Covariate-constrained: one allocation drawn at random from the best-balanced "
          + new Formats().number(100 * (draw.cutoff() == null ? 0.1 : draw.cutoff()), 1) + "%";
      case "STRATIFIED" -> "Stratified" + (draw.stratifyBy() == null ? "" : " by " + Labels.words(draw.stratifyBy()).toLowerCase(Locale.ROOT))
          + ": permuted blocks within each stratum";
      case "PAIR_MATCHED" -> "Pair-matched: the most similar sites paired, then a coin flip within each pair";
      case "SIMPLE" -> "Simple: a random permutation of the arms' numbers of sites";
      default -> Labels.words(draw.method());
    };
  }

  /** A design column as people read it: "Annual low back pain visits", "Health system: duke". */
  public String covariateLabel(String column) {
    int eq = column.indexOf('=');
    return eq < 0 ? Labels.words(column) : Labels.words(column.substring(0, eq)) + ": " + column.substring(eq + 1);
  }

  /** The draw's balance-score histogram as an SVG chart with axes, the cutoff and the chosen score. */
  public String histogram(Draw draw) {
    return ScoreHistogram.svg(draw);
  }

  /** How many allocations the histogram counts. */
  public long histogramCount(Draw draw) {
    return ScoreHistogram.counted(draw);
  }

  public String score(Double value) {
    return ScoreHistogram.score(value);
  }

  /** The allocations a constrained draw scored (from the histogram for waves recorded before the count was). */
  public long scored(Draw draw) {
    return draw.scoredAllocations() != null ? draw.scoredAllocations() : ScoreHistogram.counted(draw);
  }

  /** Whether {@code difference} (a standardized difference) passes the draw's imbalance threshold. */
  public boolean imbalanced(Draw draw, Double difference) {
    return draw.imbalanceThreshold() != null && difference != null && Math.abs(difference) > draw.imbalanceThreshold();
  }
}
