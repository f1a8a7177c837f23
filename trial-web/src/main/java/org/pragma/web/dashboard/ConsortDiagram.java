package org.pragma.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pragma.dashboard.Consort;
import org.pragma.dashboard.Consort.ArmFlow;
import org.pragma.dashboard.Consort.VisitFlow;
import org.pragma.dashboard.Dashboard.Reason;
import org.pragma.followup.ConsortOutcome;

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

  /** A box at (x, y): its first {@code titleLines} in bold. */
  public record Box(int x, int y, int w, int h, List<Line> lines, int titleLines) {
    public boolean linked() {
      return lines.stream().anyMatch(Line::linked);
    }
  }

  /** A line of a box: text, parts of which (its counts) may lead to the list of what they count. */
  public record Line(List<Span> spans) {
    public String text() {
      return spans.stream().map(Span::text).collect(java.util.stream.Collectors.joining());
    }

    boolean linked() {
      return spans.stream().anyMatch(sp -> sp.link() != null);
    }

    static Line of(String text) {
      return new Line(List.of(new Span(text, null)));
    }

    static Line of(Span... spans) {
      return new Line(List.of(spans));
    }
  }

  /** Text, and the page listing what it counts (null: none) with what a screen reader says for the link. */
  public record Span(String text, String link, String label) {
    Span(String text, String link) {
      this(text, link, null);
    }
  }

  /**
   * Where the diagram's counts lead, for the caller drawing it (null: nowhere): the study's site list,
   * and the patient list narrowed to an arm (null: every arm), a visit and its CONSORT outcome.
   */
  public interface Links {
    Links NONE = sites(null);

    String sites();

    String patients(String arm, String visit, ConsortOutcome outcome);

    /** Only the cluster counts lead somewhere (to {@code sitesLink}). */
    static Links sites(String sitesLink) {
      return new Links() {
        @Override
        public String sites() {
          return sitesLink;
        }

        @Override
        public String patients(String arm, String visit, ConsortOutcome outcome) {
          return null;
        }
      };
    }
  }

  /** A line, with an arrow head at its end unless it is part of a fan. */
  public record Arrow(int x1, int y1, int x2, int y2, boolean head) {}

  /** A stage's name on a band to the left of its row. */
  public record Stage(String name, int y, int h) {}

  /** Lays out the diagram of {@code consort}; {@code sitesLink} is where the cluster counts lead (null: nowhere). */
  public static ConsortDiagram of(Consort consort, String sitesLink) {
    return of(consort, Links.sites(sitesLink));
  }

  /**
   * Lays out the diagram of {@code consort}, each count of sites and of patients linked to the list
   * {@code links} gives for it (screened and excluded patients stay unlinked: no list of screenings
   * across the study's sites exists to narrow).
   */
  public static ConsortDiagram of(Consort consort, Links links) {
    String sitesLink = links.sites();
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
    Box assessed = box(centreX, y, centreW, List.of(Line.of("Assessed for eligibility"),
        Line.of(new Span(count(consort.sitesAssessed(), "site", "sites"), sitesLink), new Span(" registered", null)),
        Line.of(count(consort.screened(), "patient", "patients") + " screened")));
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
    Box excl = box(exX, y + assessed.h() + 12, Math.max(300, width - exX - 10), excluded.stream().map(Line::of).toList());
    boxes.add(excl);
    int midX = centreX + centreW / 2;
    arrows.add(new Arrow(midX, y + assessed.h() + 12 + LINE, exX, y + assessed.h() + 12 + LINE, true));
    int enrolY = y;
    y = excl.y() + excl.h() + 16;
    long randomized = consort.arms().stream().mapToLong(ArmFlow::sitesRandomized).sum();
    long enrolled = consort.arms().stream().mapToLong(ArmFlow::enrolled).sum();
    Box rand = box(centreX, y, centreW, List.of(Line.of("Randomized"), Line.of(new Span(count(randomized, "site", "sites"), sitesLink)),
        Line.of(link(count(enrolled, "patient", "patients"), enrolled, links.patients(null, null, null),
            count(enrolled, "patient", "patients") + " enrolled in all arms"), new Span(" enrolled since randomization", null))));
    boxes.add(rand);
    arrows.add(new Arrow(midX, assessed.y() + assessed.h(), midX, rand.y(), true));
    stages.add(new Stage("Enrollment", enrolY, rand.y() + rand.h() - enrolY));

    y = rand.y() + rand.h() + GAP;
    List<List<Line>> allocation = new ArrayList<>();
    List<List<Line>> followUp = new ArrayList<>();
    List<List<Line>> analysis = new ArrayList<>();
    List<Integer> allocationTitles = new ArrayList<>();
    List<Integer> ones = java.util.Collections.nCopies(consort.arms().size(), 1);
    for (ArmFlow a : consort.arms()) {
      List<Line> alloc = new ArrayList<>(lines(wrap("Allocated to " + a.name(), column - 30)));
      allocationTitles.add(alloc.size());
      alloc.add(Line.of(new Span(count(a.sitesRandomized(), "site", "sites"), sitesLink),
          new Span(a.sitesClosed() > 0 ? ", " + a.sitesClosed() + " closed later" : "", null)));
      alloc.add(Line.of(count(a.screened(), "patient", "patients") + " screened, " + a.eligible() + " eligible"));
      alloc.add(Line.of(link(count(a.enrolled(), "patient", "patients"), a.enrolled(), links.patients(a.arm(), null, null),
          a.name() + ": " + count(a.enrolled(), "patient", "patients") + " enrolled"), new Span(" enrolled", null)));
      alloc.add(Line.of("per site: mean " + decimal(a.meanClusterSize()) + ", range " + a.smallestCluster() + "–" + a.largestCluster()));
      allocation.add(alloc);
      List<Line> visits = new ArrayList<>();
      visits.add(Line.of("Follow-up"));
      for (VisitFlow v : a.visits()) {
        String completed = v.completed() + " completed";
        List<String> named = wrap(v.name() + ": " + completed, column - 30);
        visits.addAll(lines(named.subList(0, named.size() - 1)));
        String last = named.get(named.size() - 1);
        visits.add(Line.of(new Span(last.substring(0, last.length() - completed.length()), null),
            outcome(completed, v.completed(), a, v, ConsortOutcome.COMPLETED, links)));
        visits.add(Line.of(new Span("  ", null), outcome("missed " + v.missed(), v.missed(), a, v, ConsortOutcome.MISSED, links), new Span(" · ", null),
            outcome("lost " + v.lost(), v.lost(), a, v, ConsortOutcome.LOST, links), new Span(" · ", null),
            outcome("pending " + v.pending(), v.pending(), a, v, ConsortOutcome.PENDING, links)));
        visits.add(Line.of(new Span("  ", null), outcome("withdrawn " + v.withdrawn(), v.withdrawn(), a, v, ConsortOutcome.WITHDRAWN, links),
            new Span(" · ", null), outcome("died " + v.died(), v.died(), a, v, ConsortOutcome.DIED, links)));
      }
      followUp.add(visits);
      List<Line> analysed = new ArrayList<>();
      analysed.add(Line.of("Analysable"));
      String analysable = count(a.analysable(), "patient", "patients");
      analysed.add(Line.of(consort.analysisVisit() == null ? new Span(analysable, null)
              : link(analysable, a.analysable(), links.patients(a.arm(), consort.analysisVisit(), ConsortOutcome.COMPLETED),
                  a.name() + ": " + analysable + " analysable"),
          new Span(" in " + count(a.sitesAnalysable(), "site", "sites"), null)));
      analysed.addAll(lines(wrap(consort.analysisVisit() == null ? "no primary outcome visit"
          : "with the " + visitName(a, consort.analysisVisit()) + " completed", column - 30)));
      analysis.add(analysed);
    }
    y = row(boxes, arrows, stages, "Allocation", allocation, allocationTitles, left, column, y, rand);
    y = row(boxes, arrows, stages, "Follow-up", followUp, ones, left, column, y, null);
    y = row(boxes, arrows, stages, "Analysis", analysis, ones, left, column, y, null);
    return new ConsortDiagram(width, y, boxes, arrows, stages);
  }

  /** One box per arm, all as tall as the tallest, each under the previous one of its column (or fanning out of {@code from}). */
  private static int row(List<Box> boxes, List<Arrow> arrows, List<Stage> stages, String stage, List<List<Line>> texts,
      List<Integer> titles, int left, int column, int y, Box from) {
    int lines = texts.stream().mapToInt(List::size).max().orElse(1);
    int h = lines * LINE + 2 * PAD;
    int first = boxes.size();
    for (int i = 0; i < texts.size(); i++) {
      int x = left + i * column + 8;
      Box b = new Box(x, y, column - 16, h, List.copyOf(texts.get(i)), titles.get(i));
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

  private static Box box(int x, int y, int w, List<Line> lines) {
    return new Box(x, y, w, lines.size() * LINE + 2 * PAD, List.copyOf(lines), 1);
  }

  private static List<Line> lines(List<String> texts) {
    return texts.stream().map(Line::of).toList();
  }

  /** A count that leads to the patients it counts, when there are any and the caller may see them. */
  private static Span link(String text, long n, String link, String label) {
    return n > 0 && link != null ? new Span(text, link, label) : new Span(text, null);
  }

  /** "missed 2", leading to the arm's patients whose visit stands so, named in full for screen readers. */
  private static Span outcome(String text, long n, ArmFlow arm, VisitFlow visit, ConsortOutcome outcome, Links links) {
    String link = n > 0 ? links.patients(arm.arm(), visit.visit(), outcome) : null;
    return new Span(text, link, link == null ? null
        : arm.name() + ", " + visit.name() + ": " + count(n, "patient", "patients") + " " + outcome.label());
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
    String role = boxes.stream().anyMatch(Box::linked) ? "group" : "img";
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
      s.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(b.w())
          .append("\" height=\"").append(b.h()).append("\" rx=\"4\" fill=\"#ffffff\" stroke=\"#344054\" stroke-width=\"1.2\"/>");
      for (int i = 0; i < b.lines().size(); i++) {
        s.append("<text x=\"").append(b.x() + PAD).append("\" y=\"").append(b.y() + PAD + (i + 1) * LINE - 5)
            .append("\" fill=\"").append(i < b.titleLines() ? "#101828" : "#1d2939").append('"')
            .append(i < b.titleLines() ? " font-weight=\"bold\"" : "")
            .append(" xml:space=\"preserve\">");
        for (Span sp : b.lines().get(i).spans()) {
          if (sp.link() == null) {
            s.append(escape(sp.text()));
          } else {
            s.append("<a href=\"").append(escape(sp.link())).append('"')
                .append(sp.label() == null ? "" : " aria-label=\"" + escape(sp.label()) + "\"").append("><tspan fill=\"#1849a9\" text-decoration=\"underline\">")
                .append(escape(sp.text())).append("</tspan></a>");
          }
        }
        s.append("</text>");
      }
    }
    return s.append("</svg>").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
