package org.pragma.web.allocation;

import java.util.List;
import java.util.Locale;
import org.pragma.allocation.Draw;
import org.pragma.web.faces.Formats;

/**
 * The histogram of a constrained draw's balance scores as an SVG chart: one bar per score bin (light:
 * scored; dark: kept in the constrained space), a y axis counting allocations, an x axis of scores,
 * the cutoff score marked with a dashed line and the chosen allocation's score with a triangle. The
 * text is numbers and fixed words only, so the markup needs no escaping.
 */
final class ScoreHistogram {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 250;
  private static final int LEFT = 72;
  private static final int RIGHT = 24;
  private static final int TOP = 28;
  private static final int BOTTOM = 58;
  private static final Formats FORMAT = new Formats();

  private ScoreHistogram() {}

  /** How many allocations the histogram counts: the allocations scored. */
  static long counted(Draw draw) {
    return draw.histogram().stream().mapToLong(Draw.HistogramBin::all).sum();
  }

  static String svg(Draw draw) {
    List<Draw.HistogramBin> bins = draw.histogram();
    if (bins.isEmpty()) {
      return "";
    }
    double min = bins.get(0).from();
    double max = bins.get(bins.size() - 1).to();
    long tallest = Math.max(1, bins.stream().mapToLong(Draw.HistogramBin::all).max().orElse(1));
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double barWidth = plotWidth / bins.size();
    StringBuilder svg = new StringBuilder()
        .append("<svg class=\"pragma-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"Histogram of the balance scores of ").append(FORMAT.count(counted(draw)))
        .append(" allocations scored; ").append(FORMAT.count(draw.constrainedSize())).append(" kept, up to the cutoff score ")
        .append(score(draw.cutoffScore())).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (int i = 0; i < bins.size(); i++) {
      Draw.HistogramBin bin = bins.get(i);
      double x = LEFT + i * barWidth;
      svg.append("<g><title>Scores ").append(score(bin.from())).append(" to ").append(score(bin.to())).append(": ")
          .append(FORMAT.count(bin.all())).append(" allocations, ").append(FORMAT.count(bin.kept())).append(" kept</title>");
      bar(svg, "pragma-chart-all", x, barWidth, plotHeight * bin.all() / tallest);
      bar(svg, "pragma-chart-kept", x, barWidth, plotHeight * bin.kept() / tallest);
      svg.append("</g>");
    }
    double baseline = TOP + plotHeight;
    // axes, with the count ticks on the left and the score range below
    line(svg, "pragma-chart-axis", LEFT, TOP, LEFT, baseline);
    line(svg, "pragma-chart-axis", LEFT, baseline, WIDTH - RIGHT, baseline);
    for (long tick : new long[] {0, tallest / 2, tallest}) {
      double y = baseline - plotHeight * tick / tallest;
      line(svg, "pragma-chart-axis", LEFT - 4, y, LEFT, y);
      text(svg, "end", LEFT - 7, y + 4, FORMAT.count(tick));
    }
    // below the chosen-score triangle (12 px under the axis)
    text(svg, "start", LEFT, baseline + 27, score(min));
    text(svg, "end", WIDTH - RIGHT, baseline + 27, score(max));
    text(svg, "middle", LEFT + plotWidth / 2, HEIGHT - 8, "Balance score (lower is better balanced)");
    svg.append("<text class=\"pragma-chart-label\" text-anchor=\"middle\" transform=\"translate(16 ")
        .append(num(TOP + plotHeight / 2)).append(") rotate(-90)\">Allocations</text>");
    if (draw.cutoffScore() != null) {
      double x = LEFT + plotWidth * position(draw.cutoffScore(), min, max);
      svg.append("<line class=\"pragma-chart-cutoff\" x1=\"").append(num(x)).append("\" y1=\"").append(TOP - 6)
          .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(num(baseline)).append("\"/>");
      text(svg, x > WIDTH / 2.0 ? "end" : "start", x + (x > WIDTH / 2.0 ? -4 : 4), TOP - 10, "cutoff " + score(draw.cutoffScore()));
    }
    if (draw.chosenScore() != null) {
      double x = LEFT + plotWidth * position(draw.chosenScore(), min, max);
      svg.append("<path class=\"pragma-chart-chosen\" d=\"M").append(num(x)).append(' ').append(num(baseline))
          .append(" l-6 12 h12 z\"><title>The allocation drawn: score ").append(score(draw.chosenScore())).append("</title></path>");
    }
    return svg.append("</svg>").toString();
  }

  /** A balance score for people: two decimals from 1 up, three significant digits below. */
  static String score(Double value) {
    if (value == null) {
      return "–";
    }
    double abs = Math.abs(value);
    if (abs >= 1 || abs == 0) {
      return FORMAT.number(value, 2);
    }
    int digits = Math.min(12, 2 - (int) Math.floor(Math.log10(abs)));
    return FORMAT.number(value, digits);
  }

  private static double position(double value, double min, double max) {
    return max > min ? Math.max(0, Math.min(1, (value - min) / (max - min))) : 0;
  }

  private static void bar(StringBuilder svg, String css, double x, double width, double height) {
    svg.append("<rect class=\"").append(css).append("\" x=\"").append(num(x + 0.5)).append("\" y=\"")
        .append(num(TOP + (HEIGHT - TOP - BOTTOM) - height)).append("\" width=\"").append(num(Math.max(0, width - 1)))
        .append("\" height=\"").append(num(height)).append("\"/>");
  }

  private static void line(StringBuilder svg, String css, double x1, double y1, double x2, double y2) {
    svg.append("<line class=\"").append(css).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>");
  }

  private static void text(StringBuilder svg, String anchor, double x, double y, String content) {
    svg.append("<text class=\"pragma-chart-label\" text-anchor=\"").append(anchor).append("\" x=\"").append(num(x))
        .append("\" y=\"").append(num(y)).append("\">").append(content).append("</text>");
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
