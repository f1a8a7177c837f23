package org.pragma.web.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.allocation.Draw;

class ScoreHistogramTest {
  private static Draw constrained(List<Draw.HistogramBin> bins, Double cutoffScore, Double chosenScore) {
    return new Draw("S", 1, true, "CONSTRAINED", "l2", 0.1, 7, "v", "g", List.of(), List.of(), null, List.of(), Map.of(),
        705_432, 20_000, false, cutoffScore, chosenScore, List.of(), bins, List.of(), "cmd", List.of(), 200_000L, 0.2,
        List.of(), List.of());
  }

  @Test
  void theChartCountsTheAllocationsScoredWithAxesLabelsAndTheCutoffMarked() {
    Draw draw = constrained(List.of(new Draw.HistogramBin(0, 2.5, 120_000, 20_000), new Draw.HistogramBin(2.5, 5, 50_000, 0),
        new Draw.HistogramBin(5, 7.5, 20_000, 0), new Draw.HistogramBin(7.5, 10, 10_000, 0)), 1.25, 0.5);

    String svg = ScoreHistogram.svg(draw);

    assertThat(ScoreHistogram.counted(draw)).isEqualTo(200_000);
    assertThat(svg).contains("Balance score (lower is better balanced)", ">Allocations</text>", ">120,000</text>", ">0</text>",
        "cutoff 1.25", "Histogram of the balance scores of 200,000 allocations scored; 20,000 kept", "score 0.5</title>");
    // the cutoff line sits an eighth of the way along the 624-pixel score axis, which starts at x = 72
    assertThat(svg).contains("<line class=\"pragma-chart-cutoff\" x1=\"150.0\"");
    assertThat(svg).doesNotContain("E7", "E-", "NaN");
  }

  @Test
  void scoresReadAsPeopleWriteThem() {
    assertThat(ScoreHistogram.score(674139.6785798519)).isEqualTo("674,139.68");
    assertThat(ScoreHistogram.score(1.0959E7)).isEqualTo("10,959,000");
    assertThat(ScoreHistogram.score(0.0012345)).isEqualTo("0.00123");
    assertThat(ScoreHistogram.score(0.0)).isEqualTo("0");
    assertThat(ScoreHistogram.score(null)).isEqualTo("–");
  }

  @Test
  void aDrawWithoutScoresHasNoChart() {
    assertThat(ScoreHistogram.svg(constrained(List.of(), null, null))).isEmpty();
  }
}
