package org.pragma.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.pragma.dashboard.Consort;
import org.pragma.dashboard.Consort.ArmFlow;
import org.pragma.dashboard.Consort.VisitFlow;
import org.pragma.dashboard.Dashboard.Reason;
import org.pragma.followup.ConsortOutcome;
import org.w3c.dom.Document;

/** The CONSORT diagram is well-formed SVG carrying every count, and the PNG draws the same layout. */
class ConsortDiagramTest {
  static final Consort CONSORT = new Consort(6, 1, 11, 8, 3,
      List.of(new Reason("adult", "Patients must be 18 or older.", 2), new Reason("pain", "Back <or> neck pain & more.", 1)), 1,
      "month-3", List.of(
          new ArmFlow("usual-care", "Usual care", 2, 1, 5, 4, 3, 1.5, 0, 3,
              List.of(new VisitFlow("baseline", "Baseline", 3, 0, 0, 0, 0, 0), new VisitFlow("month-3", "3-month follow-up", 1, 0, 0, 0, 0, 2)), 1, 1),
          new ArmFlow("ice", "Identify, Coordinate and Enhance (ICE)", 2, 0, 4, 2, 2, 1.0, 0, 2,
              List.of(new VisitFlow("month-3", "3-month follow-up", 0, 0, 1, 1, 0, 0)), 0, 0)));

  @Test
  void theSvgIsWellFormedAndCarriesEveryCountAtBothLevels() throws Exception {
    ConsortDiagram diagram = ConsortDiagram.of(CONSORT, "sites.xhtml?code=SC&x=1");
    String svg = diagram.svg();

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes("UTF-8")));
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text).contains("6 sites registered", "11 patients screened", "3 patients not meeting the criteria",
        "Patients must be 18 or older. (2)", "Back <or> neck pain & more. (1)", "1 eligible patient not enrolled", "1 site not randomized",
        "Randomized", "4 sites", "5 patients enrolled since randomization", "Allocated to Usual care", "2 sites, 1 closed later",
        "3 patients enrolled", "per site: mean 1.5, range 0–3", "3-month follow-up: 1 completed", "missed 0 · lost 0 · pending 2",
        "withdrawn 1 · died 1", "1 patient in 1 site", "with the 3-month follow-up completed", "Enrollment", "Allocation",
        "Follow-up", "Analysis");
    assertThat(svg).contains("href=\"sites.xhtml?code=SC&amp;x=1\"", "role=\"group\"");
    diagram.boxes().forEach(b -> assertThat(b.x() + b.w()).isLessThanOrEqualTo(diagram.width()));
    diagram.boxes().forEach(b -> assertThat(b.y() + b.h()).isLessThanOrEqualTo(diagram.height()));
  }

  @Test
  void everyPatientCountLeadsToThePatientsItCountsAndTheScreeningCountsLeadNowhere() {
    ConsortDiagram diagram = ConsortDiagram.of(CONSORT, new ConsortDiagram.Links() {
      @Override
      public String sites() {
        return null;
      }

      @Override
      public String patients(String arm, String visit, ConsortOutcome outcome) {
        return "patients?arm=" + arm + "&visit=" + visit + "&outcome=" + outcome;
      }
    });
    Map<String, String> links = new LinkedHashMap<>();
    diagram.boxes().forEach(b -> b.lines().forEach(l -> l.spans().stream().filter(sp -> sp.link() != null)
        .forEach(sp -> links.put(sp.text(), sp.link()))));

    assertThat(links).containsExactlyInAnyOrderEntriesOf(Map.of(
        "5 patients", "patients?arm=null&visit=null&outcome=null",
        "3 patients", "patients?arm=usual-care&visit=null&outcome=null",
        "2 patients", "patients?arm=ice&visit=null&outcome=null",
        "3 completed", "patients?arm=usual-care&visit=baseline&outcome=COMPLETED",
        "1 completed", "patients?arm=usual-care&visit=month-3&outcome=COMPLETED",
        "pending 2", "patients?arm=usual-care&visit=month-3&outcome=PENDING",
        "withdrawn 1", "patients?arm=ice&visit=month-3&outcome=WITHDRAWN",
        "died 1", "patients?arm=ice&visit=month-3&outcome=DIED",
        "1 patient", "patients?arm=usual-care&visit=month-3&outcome=COMPLETED"));
    assertThat(diagram.svg()).contains("aria-label=\"Identify, Coordinate and Enhance (ICE), 3-month follow-up: 1 patient died\"",
        "role=\"group\"").doesNotContain("sites.xhtml");
  }

  @Test
  void thePngHasTheDiagramsSizeTwiceOver() throws Exception {
    ConsortDiagram diagram = ConsortDiagram.of(CONSORT, ConsortDiagram.Links.NONE);
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(ConsortPng.of(diagram)));

    assertThat(png.getWidth()).isEqualTo(2 * diagram.width());
    assertThat(png.getHeight()).isEqualTo(2 * diagram.height());
    assertThat(diagram.svg()).doesNotContain("<a ").contains("role=\"img\"");
  }
}
