package org.pragma.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.pragma.dashboard.Dashboard;
import org.pragma.dashboard.Dashboard.EnrollmentPoint;

/**
 * The dashboard's charts as Chart.js configurations, the JSON PrimeFaces' {@code p:chart} takes: cumulative
 * enrollment overall and per arm against the target trajectory, and the screening funnel. No animation, so
 * the page is at rest (and screenshots are what users see) as soon as it is drawn.
 */
public final class DashboardCharts {
  /** Colours of the arms in protocol order, each at least 4.5:1 against white. */
  static final List<String> ARM_COLOURS = List.of("#1d4ed8", "#b45309", "#047857", "#7e22ce", "#be123c");
  static final String TOTAL = "#1d2939";
  static final String TARGET = "#b42318";

  private final Dashboard dashboard;

  DashboardCharts(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  public String getEnrollment() {
    List<EnrollmentPoint> points = dashboard.cumulative();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    points.forEach(p -> labels.add(p.date().toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    JsonArrayBuilder total = Json.createArrayBuilder();
    points.forEach(p -> total.add(p.enrolled()));
    datasets.add(line("All arms", total, TOTAL, false, 3));
    for (int i = 0; i < dashboard.arms().size(); i++) {
      Dashboard.ArmName arm = dashboard.arms().get(i);
      if (dashboard.filter().arm() != null && !dashboard.filter().arm().equals(arm.code())) {
        continue;
      }
      JsonArrayBuilder values = Json.createArrayBuilder();
      points.forEach(p -> values.add(p.byArm().getOrDefault(arm.code(), 0L)));
      datasets.add(line(arm.name(), values, ARM_COLOURS.get(i % ARM_COLOURS.size()), false, 2));
    }
    if (!points.isEmpty() && points.get(0).target() != null) {
      JsonArrayBuilder target = Json.createArrayBuilder();
      points.forEach(p -> target.add(p.target()));
      datasets.add(line("Target trajectory", target, TARGET, true, 2));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options("Patients enrolled (cumulative)", false))
        .build().toString();
  }

  public String getFunnel() {
    Dashboard.Funnel f = dashboard.funnel();
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", Json.createArrayBuilder().add("Screened").add("Eligible").add("Consented").add("Enrolled"))
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", "Patients")
                .add("data", Json.createArrayBuilder().add(f.screened()).add(f.eligible()).add(f.consented()).add(f.enrolled()))
                .add("backgroundColor", Json.createArrayBuilder().add("#475467").add("#1d4ed8").add("#0e7490").add("#047857")))))
        .add("options", options("Patients", true).add("indexAxis", "y"))
        .build().toString();
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, boolean dashed, int width) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
        .add("backgroundColor", colour).add("borderWidth", width).add("pointRadius", 0).add("tension", 0).add("fill", false);
    if (dashed) {
      b.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return b;
  }

  private static JsonObjectBuilder options(String valueTitle, boolean horizontal) {
    JsonObjectBuilder values = Json.createObjectBuilder().add("beginAtZero", true)
        .add("ticks", Json.createObjectBuilder().add("precision", 0).add("color", "#344054"))
        .add("title", Json.createObjectBuilder().add("display", true).add("text", valueTitle).add("color", "#344054"));
    JsonObjectBuilder categories = Json.createObjectBuilder()
        .add("ticks", Json.createObjectBuilder().add("maxTicksLimit", 10).add("color", "#344054"));
    return Json.createObjectBuilder()
        .add("animation", false)
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("plugins", Json.createObjectBuilder()
            .add("legend", Json.createObjectBuilder().add("display", !horizontal).add("position", "bottom")
                .add("labels", Json.createObjectBuilder().add("color", "#1d2939")))
            .add("tooltip", Json.createObjectBuilder().add("mode", "index").add("intersect", false)))
        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", values).add(horizontal ? "y" : "x", categories));
  }
}
