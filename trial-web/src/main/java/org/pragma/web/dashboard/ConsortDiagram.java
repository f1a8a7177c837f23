package org.pragma.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pragma.dashboard.Consort;
import org.pragma.dashboard.Consort.ArmFlow;
import org.pragma.dashboard.Consort.VisitFlow;
import org.pragma.dashboard.Dashboard.Reason;

/**
 * The CONSORT 2010 flow diagram for cluster trials laid out once (boxes with their lines of text, arrows,
 * stage labels), so the SVG on the page and the PNG download draw exactly the same thing. Clusters
 * (sites) and patients are counted in each box, as the cluster extension asks.
 */
public record ConsortDiagram(int width, int height, List<Box> boxes, List<Arrow> arrows, List<Stage> stages) {
  static final int FONT = 13;
  static final int LINE = 18;
  static final int PAD = 10;
  static final double CHAR = 6.9;
  static final int GAP = 34;

  /** A box at (x, y): its first line in bold; {@code link} is the page listing what it counts, if any. */
  public record Box(int x, int y, int w, int h, List<String> lines, int titleLines, String link) {}

  /** A line, with an arrow head at its end unless it is part of a fan. */
  public record Arrow(int x1, int y1, int x2, int y2, boolean head) {}

  /** A stage's name on a band to the left of its row. */
  public record Stage(String name, int y, int h) {}

  /** Lays out the diagram of {@code consort}; {@code sitesLink} is where the cluster boxes lead (null: nowhere). */
  public static ConsortDiagram of(Consort consort, String sitesLink) {
    int arms = Math.max(1, consort.arms().size());
    int left = 110;
    int column = Math.max(250, 780 / arms);
    int width = left + arms * column + 10;
    List<Box> boxes = new ArrayList<>();
    List<Arrow> arrows = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    int centreW = Math.min(360, width - left - 280);
    int centreX = left + (width - left - 10) / 2 - centreW / 2 - 120;
    centreX = Math.max(left, centreX);

    int y = 10;
    Box assessed = box(centreX, y, centreW, List.of("Assessed for eligibility",
        count(consort.sitesAssessed(), "site", "sites") + " registered", count(consort.screened(), "patient", "patients") + " screened"),
        sitesLink);
    boxes.add(assessed);
    List<String> excluded = new ArrayList<>();
    excluded.add("Excluded");
    excluded.add(count(consort.excluded(), "patient", "patients") + " not meeting the criteria");
    for (Reason r : consort.excludedByReason()) {
      excluded.addAll(wrap("· " + r.reason() + " (" + r.patients() + ")", 300));
    }
    excluded.add(count(consort.eligibleNotEnrolled(), "eligible patient", "eligible patients") + " not enrolled:");
    excluded.add("· declined to participate (" + consort.declined() + ")");
    excluded.add("· other reasons (" + consort.otherReasons() + ")");
    excluded.add("· not yet decided (" + consort.notYetDecided() + ")");
    if (consort.sitesNotRandomized() > 0) {
      excluded.add(count(consort.sitesNotRandomized(), "site", "sites") + " not randomized");
    }
    int exX = centreX + centreW + 40;
    Box excl = box(exX, y + assessed.h() + 12, Math.max(300, width - exX - 10), excluded, null);
    boxes.add(excl);
    int midX = centreX + centreW / 2;
    arrows.add(new Arrow(midX, y + assessed.h() + 12 + LINE, exX, y + assessed.h() + 12 + LINE, true));
    int enrolY = y;
    y = excl.y() + excl.h() + 16;
    long randomized = consort.arms().stream().mapToLong(ArmFlow::sitesRandomized).sum();
    long enrolled = consort.arms().stream().mapToLong(ArmFlow::enrolled).sum();
    Box rand = box(centreX, y, centreW, List.of("Randomized", count(randomized, "site", "sites"),
        count(enrolled, "patient", "patients") + " enrolled since"), sitesLink);
    boxes.add(rand);
    arrows.add(new Arrow(midX, assessed.y() + assessed.h(), midX, rand.y(), true));
    stages.add(new Stage("Enrollment", enrolY, rand.y() + rand.h() - enrolY));

    y = rand.y() + rand.h() + GAP;
    List<List<String>> allocation = new ArrayList<>();
    List<List<String>> followUp = new ArrayList<>();
    List<List<String>> analysis = new ArrayList<>();
    List<Integer> allocationTitles = new ArrayList<>();
    List<Integer> ones = java.util.Collections.nCopies(consort.arms().size(), 1);
    for (ArmFlow a : consort.arms()) {
      List<String> alloc = new ArrayList<>(wrap("Allocated to " + a.name(), column - 30));
      allocationTitles.add(alloc.size());
      alloc.add(count(a.sitesRandomized(), "site", "sites") + (a.sitesClosed() > 0 ? ", " + a.sitesClosed() + " closed since" : ""));
      alloc.add(count(a.screened(), "patient", "patients") + " screened, " + a.eligible() + " eligible");
      alloc.add(count(a.enrolled(), "patient", "patients") + " enrolled");
      alloc.add("per site: mean " + decimal(a.meanClusterSize()) + ", range " + a.smallestCluster() + "–" + a.largestCluster());
      allocation.add(alloc);
      List<String> visits = new ArrayList<>();
      visits.add("Follow-up");
      for (VisitFlow v : a.visits()) {
        visits.addAll(wrap(v.name() + ": " + v.completed() + " completed", column - 30));
        visits.add("  missed " + v.missed() + " · lost " + v.lost() + " · pending " + v.pending());
        visits.add("  withdrawn " + v.withdrawn() + " · died " + v.died());
      }
      followUp.add(visits);
      List<String> analysed = new ArrayList<>();
      analysed.add("Analysable");
      analysed.add(count(a.analysable(), "patient", "patients") + " in " + count(a.sitesAnalysable(), "site", "sites"));
      analysed.addAll(wrap(consort.analysisVisit() == null ? "no primary outcome visit"
          : "with the " + visitName(a, consort.analysisVisit()) + " completed", column - 30));
      analysis.add(analysed);
    }
    y = row(boxes, arrows, stages, "Allocation", allocation, allocationTitles, left, column, y, rand, sitesLink);
    y = row(boxes, arrows, stages, "Follow-up", followUp, ones, left, column, y, null, null);
    y = row(boxes, arrows, stages, "Analysis", analysis, ones, left, column, y, null, null);
    return new ConsortDiagram(width, y, boxes, arrows, stages);
  }

  /** One box per arm, all as tall as the tallest, each under the previous one of its column (or fanning out of {@code from}). */
  private static int row(List<Box> boxes, List<Arrow> arrows, List<Stage> stages, String stage, List<List<String>> texts,
      List<Integer> titles, int left, int column, int y, Box from, String link) {
    int lines = texts.stream().mapToInt(List::size).max().orElse(1);
    int h = lines * LINE + 2 * PAD;
    int first = boxes.size();
    for (int i = 0; i < texts.size(); i++) {
      int x = left + i * column + 8;
      Box b = new Box(x, y, column - 16, h, texts.get(i), titles.get(i), link);
      if (from != null) {
        int fx = from.x() + from.w() / 2;
        int mid = y - GAP / 2;
        arrows.add(new Arrow(fx, from.y() + from.h(), fx, mid, false));
        arrows.add(new Arrow(x + b.w() / 2, mid, x + b.w() / 2, y, true));
        arrows.add(new Arrow(fx, mid, x + b.w() / 2, mid, false));
      } else {
        Box above = boxes.get(first - texts.size() + i);
        arrows.add(new Arrow(x + b.w() / 2, above.y() + above.h(), x + b.w() / 2, y, true));
      }
      boxes.add(b);
    }
    stages.add(new Stage(stage, y, h));
    return y + h + GAP;
  }

  private static Box box(int x, int y, int w, List<String> lines, String link) {
    return new Box(x, y, w, lines.size() * LINE + 2 * PAD, List.copyOf(lines), 1, link);
  }

  private static String visitName(ArmFlow arm, String code) {
    return arm.visits().stream().filter(v -> v.visit().equals(code)).map(VisitFlow::name).findFirst().orElse(code);
  }

  /** Splits text into lines of at most {@code width} pixels at the font's average character width. */
  static List<String> wrap(String text, int width) {
    int max = Math.max(10, (int) (width / CHAR));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line = new StringBuilder("  ");
      }
      line.append(line.length() > 0 && !line.toString().isBlank() ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  static String count(long n, String singular, String plural) {
    return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? singular : plural);
  }

  static String decimal(double d) {
    return String.format(Locale.ENGLISH, "%.1f", d);
  }

  /**
   * The diagram as a standalone SVG document, titled so screen readers name it: an image, or a group when
   * its boxes are links (an image must not hold focusable parts).
   */
  public String svg() {
    StringBuilder s = new StringBuilder();
    String role = boxes.stream().anyMatch(b -> b.link() != null) ? "group" : "img";
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"" + role + "\" aria-labelledby=\"consort-title\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"").append(FONT).append("\">")
        .append("<title id=\"consort-title\">CONSORT flow diagram for a cluster randomized trial</title>")
        .append("<defs><marker id=\"consort-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
        .append(" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#344054\"/></marker></defs>")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    for (Stage st : stages) {
      s.append("<rect x=\"4\" y=\"").append(st.y()).append("\" width=\"96\" height=\"").append(st.h())
          .append("\" rx=\"6\" fill=\"#e8eef7\"/><text x=\"52\" y=\"").append(st.y() + st.h() / 2 + 5)
          .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#1f3a5f\">").append(escape(st.name())).append("</text>");
    }
    for (Arrow a : arrows) {
      boolean head = a.head();
      s.append("<line x1=\"").append(a.x1()).append("\" y1=\"").append(a.y1()).append("\" x2=\"").append(a.x2())
          .append("\" y2=\"").append(a.y2()).append("\" stroke=\"#344054\" stroke-width=\"1.4\"")
          .append(head ? " marker-end=\"url(#consort-arrow)\"" : "").append("/>");
    }
    for (Box b : boxes) {
      if (b.link() != null) {
        s.append("<a href=\"").append(escape(b.link())).append("\">");
      }
      s.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.w())
          .append("\" height=\"").append(b.h()).append("\" rx=\"4\" fill=\"#ffffff\" stroke=\"#344054\" stroke-width=\"1.2\"/>");
      for (int i = 0; i < b.lines().size(); i++) {
        s.append("<text x=\"").append(b.x() + PAD).append("\" y=\"").append(b.y() + PAD + (i + 1) * LINE - 5)
            .append("\" fill=\"").append(i < b.titleLines() ? "#101828" : "#1d2939").append('"')
            .append(i < b.titleLines() ? " font-weight=\"bold\"" : "")
            .append(" xml:space=\"preserve\">").append(escape(b.lines().get(i))).append("</text>");
      }
      if (b.link() != null) {
        s.append("</a>");
      }
    }
    return s.append("</svg>").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
