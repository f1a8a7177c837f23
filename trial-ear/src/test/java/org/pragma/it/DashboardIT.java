package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pragma.it.Trials.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's figures (REST and page) against a hand count of a known SPINE CARE data set built over HTTP (a few
 * dates moved back in the database, as if the patients had been enrolled months ago):
 * <pre>
 * site A (usual care, activated today): 5 screened, 4 eligible, 1 too young; 3 enrolled:
 *   A1 100 days ago (3-month visit overdue), A2 today, A3 100 days ago (3-month visit completed in window)
 * second usual-care site: nothing, closed
 * site B (ICE): 4 screened, 2 eligible, 1 with pain elsewhere, 1 too young with pain elsewhere;
 *   2 enrolled today, then one withdrew and one died
 * site C (IPT, activated 365 days ago): 2 screened and enrolled 150 days ago; 3-month visits missed,
 *   one of them lost to follow-up
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  /** The data set of the class comment, its sites by role, and an investigator of the study. */
  record Known(Trials.Trial trial, String a, String closed, String b, String c, String a1, String lost, Http coordinatorB,
      ItUsers.User investigator) {}

  private Known knownDataSet() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String a = sitesOf(trial, "usual-care").get(0);
    String closed = sitesOf(trial, "usual-care").get(1);
    String b = sitesOf(trial, "ice").get(0);
    String c = sitesOf(trial, "ipt").get(0);
    LocalDate today = Trials.today();
    Http coordinatorA = coordinator(trial, a);
    Http coordinatorB = coordinator(trial, b);
    Http coordinatorC = coordinator(trial, c);

    String a1 = enroll(coordinatorA, study, a);
    String a2 = enroll(coordinatorA, study, a);
    String a3 = enroll(coordinatorA, study, a);
    Trials.screen(coordinatorA, study, a, Trials.spineCareScreening("low-back", true));
    Trials.screen(coordinatorA, study, a, Trials.spineCareScreening("low-back", false));
    moveBack(study, a1, 100);
    moveBack(study, a3, 100);
    expect(200, Trials.saveVisit(coordinatorA, "api/studies/" + study + "/patients/" + a3 + "/visits/month-3",
        "{\"visitOn\":\"" + today + "\",\"instruments\":{\"ODI\":{\"odi1\":1,\"odi2\":1,\"odi3\":1,\"odi4\":1,\"odi5\":1,"
            + "\"odi6\":1,\"odi7\":1,\"odi8\":1,\"odi9\":1,\"odi10\":1},\"NPRS\":{\"nprs1\":3}}}"));

    String withdrew = enroll(coordinatorB, study, b);
    String died = enroll(coordinatorB, study, b);
    Trials.screen(coordinatorB, study, b, Trials.spineCareScreening("other", true));
    Trials.screen(coordinatorB, study, b, Trials.spineCareScreening("other", false));
    status(coordinatorB, study, withdrew, "WITHDRAWN", today);
    status(coordinatorB, study, died, "DIED", today);

    String c1 = enroll(coordinatorC, study, c);
    String lost = enroll(coordinatorC, study, c);
    moveBack(study, c1, 150);
    moveBack(study, lost, 150);
    Database.update("update screening set screened_on = screened_on - 150 where site_id = (select id from site where code = ?"
        + " and study_id = (select id from study where code = ?))", c, study);
    Database.update("update site set activated_on = ? where code = ? and study_id = (select id from study where code = ?)",
        today.minusDays(365), c, study);
    status(coordinatorC, study, lost, "LOST_TO_FOLLOW_UP", today);
    expect(204, coordinatorC.postJson("api/studies/" + study + "/patients/" + lost + "/unreachable",
        "{\"value\":true,\"reason\":\"Five calls without answer\"}"));
    // Ages at screening: usual care 41, 51, 61; ICE 51, 51; IPT 31, 41.
    age(study, a1, 41);
    age(study, a2, 51);
    age(study, withdrew, 51);
    age(study, died, 51);
    age(study, a3, 61);
    age(study, c1, 31);
    age(study, lost, 41);
    expect(200, trial.admin().postJson("api/studies/" + study + "/sites/" + closed + "/closure", "{\"reason\":\"Clinic merged\"}"));

    return new Known(trial, a, closed, b, c, a1, lost, coordinatorB, ItUsers.create(base, "INVESTIGATOR", study + "/" + a));
  }

  @Test
  void everyFigureEqualsAHandCountOfAKnownDataSetWithinTheCallersScopeAndFilters() {
    Known k = knownDataSet();
    Trials.Trial trial = k.trial();
    String study = trial.study();
    String a = k.a();
    String closed = k.closed();
    String b = k.b();
    String c = k.c();
    String a1 = k.a1();
    Http coordinatorB = k.coordinatorB();
    LocalDate today = Trials.today();
    Http investigator = k.investigator().http();
    JsonObject d = dashboard(investigator, study, "");

    assertThat(d.getString("today")).isEqualTo(today.toString());
    assertThat(d.getJsonArray("sites")).hasSize(6);
    assertSite(site(d, a), 5, 4, 3, 3, "3.2", 1, 0, 0, false);
    assertSite(site(d, b), 4, 2, 2, 2, "2.1", 2, 0, 0, false);
    // Site C: 95 patients over 24 months from 365 days ago: 95 * 366 / 730.5 = 47.6, so 47 expected by now.
    assertSite(site(d, c), 2, 2, 2, 2, "2.1", 0, 150, 47, true);
    assertThat(site(d, closed).getString("status")).isEqualTo("CLOSED");
    assertThat(site(d, closed).getJsonNumber("enrolled").longValue()).isZero();

    JsonObject funnel = d.getJsonObject("funnel");
    assertThat(counts(funnel, "screened", "eligible", "consented", "enrolled", "eligibleNotEnrolled")).containsExactly(11L, 8L, 7L, 7L, 1L);
    JsonArray reasons = funnel.getJsonArray("ineligibleReasons");
    assertThat(reasons).hasSize(2);
    assertThat(reasons.getJsonObject(0).getString("code")).isEqualTo("adult");
    assertThat(reasons.getJsonObject(0).getInt("patients")).isEqualTo(2);
    assertThat(reasons.getJsonObject(0).getString("reason")).isEqualTo("Patients must be 18 or older.");
    assertThat(reasons.getJsonObject(1).getString("code")).isEqualTo("back-or-neck-pain");
    assertThat(reasons.getJsonObject(1).getInt("patients")).isEqualTo(2);

    assertThat(followUp(d, "followUpByArm", "usual-care", "baseline")).containsExactly(3L, 0L, 0L, 0L, 0L, 0L);
    assertThat(followUp(d, "followUpByArm", "usual-care", "month-3")).containsExactly(1L, 0L, 0L, 2L, 0L, 1L);
    assertThat(followUp(d, "followUpByArm", "ice", "month-3")).containsExactly(0L, 0L, 0L, 0L, 2L, 0L);
    assertThat(followUp(d, "followUpByArm", "ipt", "month-3")).containsExactly(0L, 0L, 2L, 0L, 0L, 0L);
    assertThat(followUp(d, "followUpByArm", "ipt", "month-12")).containsExactly(0L, 0L, 0L, 2L, 0L, 0L);
    assertThat(followUp(d, "followUpBySite", a, "month-3")).containsExactly(1L, 0L, 0L, 2L, 0L, 1L);
    assertThat(followUp(d, "followUpBySite", c, "baseline")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L);

    JsonObject consort = d.getJsonObject("consort");
    assertThat(counts(consort, "sitesAssessed", "sitesNotRandomized", "screened", "eligible", "excluded", "eligibleNotEnrolled"))
        .containsExactly(6L, 0L, 11L, 8L, 3L, 1L);
    assertThat(consort.getString("analysisVisit")).isEqualTo("month-3");
    assertThat(consort.getJsonArray("excludedByReason")).hasSize(2);
    JsonObject usual = arm(consort, "usual-care");
    assertThat(counts(usual, "sitesRandomized", "sitesClosed", "screened", "eligible", "enrolled", "smallestCluster",
        "largestCluster", "analysable", "sitesAnalysable")).containsExactly(2L, 1L, 5L, 4L, 3L, 0L, 3L, 1L, 1L);
    assertThat(usual.getJsonNumber("meanClusterSize").doubleValue()).isEqualTo(1.5);
    assertThat(visit(usual, "month-3")).containsExactly(1L, 0L, 0L, 0L, 0L, 2L);
    JsonObject ice = arm(consort, "ice");
    assertThat(counts(ice, "sitesRandomized", "sitesClosed", "screened", "eligible", "enrolled", "analysable"))
        .containsExactly(2L, 0L, 4L, 2L, 2L, 0L);
    assertThat(visit(ice, "baseline")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L);
    assertThat(visit(ice, "month-3")).containsExactly(0L, 0L, 1L, 1L, 0L, 0L);
    JsonObject ipt = arm(consort, "ipt");
    assertThat(counts(ipt, "sitesRandomized", "screened", "eligible", "enrolled", "smallestCluster", "largestCluster"))
        .containsExactly(2L, 2L, 2L, 2L, 0L, 2L);
    assertThat(visit(ipt, "month-3")).containsExactly(0L, 1L, 0L, 0L, 1L, 0L);

    // Patients per randomized site: usual care 3 and 0 (closed), ICE 2 and 0, IPT 2 and 0; the protocol assumes ICC 0.05, 95 per site.
    double[] sizes = {3, 0, 2, 0, 2, 0};
    double mean = 7.0 / 6;
    double squares = 0;
    for (double size : sizes) {
      squares += (size - mean) * (size - mean);
    }
    double cv = Math.sqrt(squares / 5) / mean;
    double designEffect = 1 + ((cv * cv + 1) * mean - 1) * 0.05;
    JsonObject design = d.getJsonObject("design");
    assertThat(counts(design, "sites", "patients")).containsExactly(6L, 7L);
    assertThat(design.getJsonNumber("cv").doubleValue()).isCloseTo(cv, within(1e-4));
    assertThat(design.getJsonNumber("designEffect").doubleValue()).isCloseTo(designEffect, within(1e-4)).isCloseTo(1.0840, within(1e-4));
    assertThat(design.getJsonNumber("effectiveSampleSize").doubleValue()).isCloseTo(7 / designEffect, within(1e-3));
    assertThat(design.getJsonNumber("plannedDesignEffect").doubleValue()).isEqualTo(5.7);
    assertThat(design.getJsonNumber("icc").doubleValue()).isEqualTo(0.05);

    JsonObject recruitment = d.getJsonObject("recruitment");
    assertThat(recruitment.getJsonNumber("threshold").doubleValue()).isEqualTo(0.1);
    JsonObject usualRecruitment = byKey(recruitment.getJsonArray("arms"), "arm", "usual-care");
    assertThat(usualRecruitment.getJsonNumber("eligibleOfScreened").doubleValue()).isEqualTo(0.8);
    assertThat(usualRecruitment.getJsonNumber("enrolledOfEligible").doubleValue()).isEqualTo(0.75);
    assertThat(byKey(recruitment.getJsonArray("arms"), "arm", "ice").getJsonNumber("eligibleOfScreened").doubleValue()).isEqualTo(0.5);
    JsonObject age = byKey(recruitment.getJsonArray("characteristics"), "name", "Age (years)");
    // Usual care 51 ± 10, ICE 51 ± 0, IPT 36 ± 7.07: usual care vs IPT 15 / sqrt((100 + 50) / 2) = 1.7321, ICE vs IPT 15 / sqrt(25) = 3.
    assertThat(age.getJsonArray("differences").stream().map(JsonValue::asJsonObject)
        .map(x -> x.getString("arm") + "/" + x.getString("otherArm") + " " + x.getJsonNumber("d") + " " + x.getBoolean("flagged")).toList())
        .containsExactly("usual-care/ice 0.0 false", "usual-care/ipt 1.7321 true", "ice/ipt 3.0 true");
    JsonObject female = byKey(recruitment.getJsonArray("characteristics"), "level", "Female");
    assertThat(female.getString("name")).isEqualTo("Sex");
    assertThat(female.getJsonArray("differences").getJsonObject(0).getBoolean("flagged")).isFalse();

    // Four patients before the last 90 days, three today: the least-squares slope over days 0..89 is 3 * 44.5 / 60742.5.
    JsonObject projection = d.getJsonObject("projection");
    double slope = 3 * 44.5 / 60742.5;
    assertThat(projection.getInt("target")).isEqualTo(3000);
    assertThat(projection.getJsonNumber("perDay").doubleValue()).isEqualTo(Math.round(slope * 1000) / 1000.0);
    assertThat(projection.getString("expected")).isEqualTo(today.plusDays((long) Math.ceil(2993 / slope)).toString());
    assertThat(projection.getString("method")).contains("Least-squares", "Commons Math");

    JsonObject qualityC = byKey(d.getJsonArray("quality"), "site", c);
    assertThat(counts(qualityC, "missingItems", "outOfWindow", "incompleteVisits", "unreachable")).containsExactly(0L, 0L, 0L, 1L);
    assertThat(counts(byKey(d.getJsonArray("quality"), "site", a), "unreachable")).containsExactly(0L);

    JsonArray curve = d.getJsonArray("cumulative");
    JsonObject first = curve.getJsonObject(0);
    JsonObject last = curve.getJsonObject(curve.size() - 1);
    assertThat(first.getString("date")).isEqualTo(today.minusDays(365).toString());
    assertThat(last.getString("date")).isEqualTo(today.toString());
    assertThat(last.getInt("enrolled")).isEqualTo(7);
    assertThat(last.getJsonObject("byArm").getInt("usual-care")).isEqualTo(3);
    assertThat(last.getJsonObject("byArm").getInt("ipt")).isEqualTo(2);
    // 95 * 366 / 730.5 = 47.60 at site C plus 95 / 730.5 = 0.13 at each of the five sites activated today: 48.2.
    assertThat(last.getJsonNumber("target").doubleValue()).isEqualTo(48.2);
    JsonObject beforeC = curve.stream().map(JsonValue::asJsonObject)
        .filter(p -> LocalDate.parse(p.getString("date")).isBefore(today.minusDays(150))).reduce((x, y) -> y).orElseThrow();
    assertThat(beforeC.getInt("enrolled")).isZero();

    HttpResponse<String> svg = investigator.get("api/studies/" + study + "/dashboard/consort.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(svg.body()).startsWith("<svg").contains("11 patients screened", "Allocated to Usual care", "withdrawn 1 · died 1");
    HttpResponse<String> png = investigator.get("api/studies/" + study + "/dashboard/consort.png?arm=ice");
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    assertThat(png.body()).contains("PNG", "IHDR");
    assertThat(coordinatorB.get("api/studies/" + study + "/dashboard/consort.png?site=" + a).statusCode()).isEqualTo(404);

    JsonObject ices = dashboard(investigator, study, "?arm=ice");
    assertThat(ices.getJsonArray("sites")).hasSize(2);
    assertThat(ices.getJsonObject("funnel").getInt("screened")).isEqualTo(4);
    JsonObject onlyA = dashboard(investigator, study, "?site=" + a);
    assertThat(onlyA.getJsonArray("sites")).hasSize(1);
    assertThat(onlyA.getJsonObject("consort").getInt("sitesAssessed")).isEqualTo(1);
    JsonObject sinceToday = dashboard(investigator, study, "?from=" + today);
    assertThat(site(sinceToday, a).getInt("enrolled")).isEqualTo(1);
    assertThat(site(sinceToday, c).getInt("enrolled")).isZero();
    assertThat(sinceToday.getJsonObject("funnel").getInt("screened")).isEqualTo(9);
    assertThat(investigator.get("api/studies/" + study + "/dashboard?arm=placebo").statusCode()).isEqualTo(400);
    assertThat(investigator.get("api/studies/" + study + "/dashboard?from=" + today + "&to=" + today.minusDays(1)).statusCode())
        .isEqualTo(400);
    assertThat(investigator.get("api/studies/" + study + "/dashboard?from=yesterday").statusCode()).isEqualTo(400);

    JsonObject mine = dashboard(coordinatorB, study, "");
    assertThat(mine.getJsonArray("sites")).hasSize(1);
    assertThat(mine.getJsonArray("sites").getJsonObject(0).getString("site")).isEqualTo(b);
    assertThat(mine.getJsonObject("consort").getInt("screened")).isEqualTo(4);
    assertThat(mine.toString()).doesNotContain("\"" + a + "\"", a1);
    assertThat(coordinatorB.get("api/studies/" + study + "/dashboard?site=" + a).statusCode()).isEqualTo(404);
    Trials.Trial other = Trials.impactLbp(base);
    Http otherInvestigator = ItUsers.create(base, "INVESTIGATOR", other.study() + "/" + other.arms().keySet().iterator().next()).http();
    assertThat(otherInvestigator.get("api/studies/" + study + "/dashboard").statusCode()).isEqualTo(404);
  }

  /**
   * Each patient count of the CONSORT flow opens the list of the patients it counts: the list narrowed as
   * the box is (arm, visit, outcome, and the dashboard's own filters) holds exactly that many patients,
   * for the whole study, one site and a date range; within the caller's sites only.
   */
  @Test
  void everyPatientCountOfTheConsortFlowEqualsThePatientListBehindIt() {
    Known k = knownDataSet();
    String study = k.trial().study();
    Http investigator = k.investigator().http();
    List<String> checked = new ArrayList<>();
    for (String filter : List.of("", "&site=" + k.c(), "&site=" + k.a(), "&from=" + Trials.today())) {
      JsonObject consort = dashboard(investigator, study, "?" + filter).getJsonObject("consort");
      long enrolled = 0;
      for (JsonValue value : consort.getJsonArray("arms")) {
        JsonObject arm = value.asJsonObject();
        String code = arm.getString("arm");
        enrolled += arm.getJsonNumber("enrolled").longValue();
        checked.add(listed(investigator, study, "arm=" + code + filter, arm.getJsonNumber("enrolled").longValue()));
        checked.add(listed(investigator, study, "arm=" + code + "&visit=" + consort.getString("analysisVisit") + "&outcome=COMPLETED"
            + filter, arm.getJsonNumber("analysable").longValue()));
        for (JsonValue v : arm.getJsonArray("visits")) {
          JsonObject visit = v.asJsonObject();
          for (String outcome : List.of("completed", "missed", "withdrawn", "died", "lost", "pending")) {
            checked.add(listed(investigator, study, "arm=" + code + "&visit=" + visit.getString("visit") + "&outcome=" + outcome
                + filter, visit.getJsonNumber(outcome).longValue()));
          }
        }
      }
      checked.add(listed(investigator, study, filter.isEmpty() ? "" : filter.substring(1), enrolled));
    }
    assertThat(checked).hasSizeGreaterThan(100).contains("arm=ipt&visit=month-3&outcome=lost: 1", "arm=ice&visit=month-3&outcome=died: 1",
        "arm=usual-care&visit=month-3&outcome=pending: 2", ": 7");

    HttpResponse<String> lost = investigator.get("api/studies/" + study + "/patients?arm=ipt&visit=month-3&outcome=LOST");
    JsonObject row = Json.createReader(new StringReader(lost.body())).readArray().getJsonObject(0);
    assertThat(row.getString("studyId")).isEqualTo(k.lost());
    assertThat(List.of(row.getString("site"), row.getString("armName"), row.getString("status"), row.getString("visitOutcome")))
        .containsExactly(k.c(), "Individualized Postural Therapy (IPT)", "LOST_TO_FOLLOW_UP", "LOST");
    assertThat(row.getString("enrolledOn")).isEqualTo(Trials.today().minusDays(150).toString());
  }

  @Test
  void theStudysPatientListShowsACoordinatorOnlyTheirOwnClinicAndRefusesFiltersItCannotUse() {
    Known k = knownDataSet();
    String study = k.trial().study();
    String patients = "api/studies/" + study + "/patients";

    HttpResponse<String> mine = k.coordinatorB().get(patients);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.headers().firstValue("X-Total-Count")).contains("2");
    assertThat(Json.createReader(new StringReader(mine.body())).readArray().stream().map(v -> v.asJsonObject().getString("site")))
        .containsOnly(k.b());
    assertThat(mine.body()).doesNotContain(k.a1(), k.lost(), "\"" + k.a() + "\"");
    assertThat(k.coordinatorB().get(patients + "?site=" + k.a()).statusCode()).isEqualTo(404);
    assertThat(k.coordinatorB().get(patients + "?status=withdrawn").headers().firstValue("X-Total-Count")).contains("1");
    assertThat(k.investigator().http().get(patients + "?size=3").headers().firstValue("X-Total-Count")).contains("7");
    assertThat(k.investigator().http().get(patients + "?size=3&page=2").body()).isEqualTo("[" + k.investigator().http()
        .get(patients + "?size=1&page=6").body().replaceAll("^\\[|]$", "") + "]");
    Trials.Trial other = Trials.impactLbp(base);
    Http otherInvestigator = ItUsers.create(base, "INVESTIGATOR", other.study() + "/" + other.arms().keySet().iterator().next()).http();
    assertThat(otherInvestigator.get(patients).statusCode()).isEqualTo(404);

    HttpResponse<String> bad = k.investigator().http().get(patients + "?arm=placebo&outcome=LOST&from=" + Trials.today()
        + "&to=" + Trials.today().minusDays(1));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("no arm placebo", "Choose the visit", "before its start").doesNotContain("Exception");
    assertThat(k.investigator().http().get(patients + "?visit=month-3&outcome=gone").statusCode()).isEqualTo(400);
    assertThat(k.investigator().http().get(patients + "?visit=month-99").statusCode()).isEqualTo(400);
  }

  /** The list's total for {@code query}, checked against {@code expected}, as "query: count". */
  private static String listed(Http http, String study, String query, long expected) {
    HttpResponse<String> r = http.get("api/studies/" + study + "/patients?size=500&" + query);
    assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Total-Count")).as(query).contains(String.valueOf(expected));
    assertThat(Json.createReader(new StringReader(r.body())).readArray()).as(query).hasSize((int) expected);
    return query + ": " + expected;
  }

  /**
   * The dashboard keeps each site's figures until the site's data changes: a write through the services
   * and a write straight to the database both show on the next request, at that site only.
   */
  @Test
  void aWriteThroughTheServicesOrStraightToTheDatabaseShowsOnTheNextDashboard() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String a = sitesOf(trial, "usual-care").get(0);
    String b = sitesOf(trial, "ice").get(0);
    Http coordinatorA = coordinator(trial, a);
    Http investigator = ItUsers.create(base, "INVESTIGATOR", study + "/" + a).http();
    String patient = enroll(coordinatorA, study, a);
    JsonObject before = dashboard(investigator, study, "");
    assertThat(counts(site(before, a), "screened", "enrolled")).containsExactly(1L, 1L);
    assertThat(dashboard(investigator, study, "").getJsonArray("sites")).isEqualTo(before.getJsonArray("sites"));

    Trials.screen(coordinatorA, study, a, Trials.spineCareScreening("low-back", false));
    JsonObject screened = dashboard(investigator, study, "");
    assertThat(counts(site(screened, a), "screened", "eligible", "enrolled")).containsExactly(2L, 1L, 1L);
    assertThat(site(screened, b)).isEqualTo(site(before, b));
    assertThat(screened.getJsonObject("funnel").getJsonArray("ineligibleReasons")).isNotEmpty();

    assertThat(Database.update("update patient set unreachable = true where study_patient_id = ?"
        + " and study_id = (select id from study where code = ?)", patient, study)).isEqualTo(1);
    JsonObject unreachable = byKey(dashboard(investigator, study, "").getJsonArray("quality"), "site", a);
    assertThat(unreachable.getJsonNumber("unreachable").longValue()).isEqualTo(1);
  }

  @Test
  void openAndAnsweredQueriesAreCountedPerClinicAndEachStepShowsOnTheNextDashboard() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String a = sitesOf(trial, "usual-care").get(0);
    String b = sitesOf(trial, "ice").get(0);
    Http coordinatorA = coordinator(trial, a);
    Http investigator = ItUsers.create(base, "INVESTIGATOR", study + "/" + a).http();
    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    String patient = enroll(coordinatorA, study, a);
    String queries = "api/studies/" + study + "/queries";
    JsonObject before = dashboard(investigator, study, "");
    assertThat(counts(byKey(before.getJsonArray("quality"), "site", a), "openQueries", "answeredQueries")).containsExactly(0L, 0L);

    String raise = "{\"patient\":\"" + patient + "\",\"visit\":\"baseline\",\"question\":\"Q\"}";
    JsonObject first = Json.createReader(new StringReader(expect(201, dataManager.postJson(queries, raise)).body())).readObject();
    expect(201, dataManager.postJson(queries, raise));
    JsonObject raised = dashboard(investigator, study, "");
    assertThat(counts(byKey(raised.getJsonArray("quality"), "site", a), "openQueries", "answeredQueries")).containsExactly(2L, 0L);
    assertThat(byKey(raised.getJsonArray("quality"), "site", b)).isEqualTo(byKey(before.getJsonArray("quality"), "site", b));

    expect(200, coordinatorA.postJson(queries + "/" + first.getJsonNumber("id") + "/answer",
        "{\"text\":\"Checked\",\"version\":" + first.getJsonNumber("version") + "}"));
    JsonObject answered = dashboard(investigator, study, "");
    assertThat(counts(byKey(answered.getJsonArray("quality"), "site", a), "openQueries", "answeredQueries")).containsExactly(1L, 1L);
    assertThat(answered.toString()).as("no query text for investigators").doesNotContain("Checked");

    assertThat(Database.update("update data_query set status = 'CLOSED' where id = ?", first.getJsonNumber("id").longValue())).isEqualTo(1);
    JsonObject closed = dashboard(investigator, study, "");
    assertThat(counts(byKey(closed.getJsonArray("quality"), "site", a), "openQueries", "answeredQueries")).containsExactly(1L, 0L);
  }

  @Test
  void eligiblePatientsNotEnrolledAreSplitIntoDeclinedOtherReasonsAndNotYetDecidedInTheFunnelAndConsort() {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    String a = sitesOf(trial, "usual-care").get(0);
    Http coordinatorA = coordinator(trial, a);
    Http investigator = ItUsers.create(base, "INVESTIGATOR", study + "/" + a).http();
    enroll(coordinatorA, study, a);
    String screenings = "api/studies/" + study + "/sites/" + a + "/screenings/";
    long declined = Trials.screen(coordinatorA, study, a, Trials.spineCareScreening("low-back", true));
    long other = Trials.screen(coordinatorA, study, a, Trials.spineCareScreening("low-back", true));
    Trials.screen(coordinatorA, study, a, Trials.spineCareScreening("low-back", true));
    JsonObject before = dashboard(investigator, study, "").getJsonObject("funnel");
    assertThat(counts(before, "eligibleNotEnrolled", "declined", "otherReasons", "notYetDecided")).containsExactly(3L, 0L, 0L, 3L);

    expect(200, coordinatorA.putJson(screenings + declined + "/non-enrollment", "{\"reason\":\"DECLINED\",\"version\":"
        + EnrollmentApiIT.screeningVersion(coordinatorA, study, a, declined) + "}"));
    expect(200, coordinatorA.putJson(screenings + other + "/non-enrollment",
        "{\"reason\":\"OTHER_REASON\",\"note\":\"Moved away\",\"version\":"
            + EnrollmentApiIT.screeningVersion(coordinatorA, study, a, other) + "}"));
    JsonObject d = dashboard(investigator, study, "");
    assertThat(counts(d.getJsonObject("funnel"), "screened", "eligible", "enrolled", "eligibleNotEnrolled", "declined",
        "otherReasons", "notYetDecided")).containsExactly(4L, 4L, 1L, 3L, 1L, 1L, 1L);
    assertThat(counts(d.getJsonObject("consort"), "eligibleNotEnrolled", "declined", "otherReasons", "notYetDecided"))
        .containsExactly(3L, 1L, 1L, 1L);
    String svg = expect(200, investigator.get("api/studies/" + study + "/dashboard/consort.svg")).body();
    assertThat(svg).contains("declined to participate (1)", "other reasons (1)", "not yet decided (1)");
  }

  @Tag(Browser.TAG)
  @Test
  void anInvestigatorSeesEnrollmentTheFunnelFollowUpAndTheConsortFlowOnThePageAndNarrowsItByArm() {
    Known k = knownDataSet();
    String study = k.trial().study();
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      WebDriverWait wait = browser.waiting(30);
      browser.signIn(base, k.investigator().username(), k.investigator().password());
      d.findElement(By.id("nav-dashboard")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:sites")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dashboard\\:enrollmentChart canvas")));
      browser.screenshot("dashboard-investigator");

      assertThat(d.findElement(By.id("cardEnrolled")).getText()).isEqualTo("7");
      assertThat(d.findElement(By.id("cardBehind")).getText()).isEqualTo("1");
      WebElement behind = d.findElement(By.cssSelector("#dashboard\\:sites tr.pragma-behind"));
      assertThat(behind.getText()).contains(k.c(), "Individualized Postural Therapy (IPT)", "2.1% of 95", "150 days", "47", "behind");
      assertThat(d.findElements(By.cssSelector("#dashboard\\:sites tr.pragma-behind"))).hasSize(1);
      assertThat(d.findElement(By.id("dashboard:sites")).getText()).contains("Usual care", "Closed", "3.2% of 95", "none yet")
          .doesNotContain("CLOSED", "usual-care");
      assertThat(d.findElement(By.id("funnelScreened")).getText()).isEqualTo("11");
      assertThat(d.findElement(By.id("reasons")).getText()).contains("Patients must be 18 or older. 2 patients");
      assertThat(d.findElement(By.id("dashboard:followUp")).getText()).contains("3-month follow-up", "Usual care");
      WebElement consort = d.findElement(By.cssSelector("#consort svg"));
      assertThat(consort.getText()).contains("Assessed for eligibility", "6 sites registered", "11 patients screened",
          "Allocated to Usual care", "1 closed later", "Analysable", "withdrawn 1 · died 1", "missed 1 · lost 1 · pending 0");
      assertThat(d.findElement(By.id("dashboard:balance")).getText()).contains("Age (years)", "Usual care vs IPT 1.73", "Sex: Female");
      assertThat(d.findElement(By.id("projection")).getText()).contains("patients a day", "Least-squares");
      assertThat(d.findElement(By.id("dashboard:quality")).getText()).contains("Patients unreachable");
      assertThat(d.findElement(By.id("design")).getText()).contains("Design effect", "5.7", "1.08");
      scrollTo(d, By.id("dashboard:sites"));
      browser.screenshot("dashboard-sites");
      scrollTo(d, By.id("dashboard:recruitment"));
      browser.screenshot("dashboard-recruitment");
      scrollTo(d, By.id("dashboard:quality"));
      browser.screenshot("dashboard-quality-design");
      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", consort);
      browser.screenshot("dashboard-consort");
      ScreenPatientPageIT.assertPlainWords(d);

      // The IPT arm's "lost 1" at the 3-month visit opens the list of that patient, and the patient's page from there.
      assertThat(d.findElements(By.cssSelector("#consort svg a"))).as("the non-zero patient counts are links").hasSizeGreaterThan(8);
      WebElement lost = d.findElement(By.cssSelector(
          "#consort svg a[aria-label='Individualized Postural Therapy (IPT), 3-month follow-up: 1 patient lost to follow-up']"));
      assertThat(lost.getText()).isEqualTo("lost 1");
      lost.click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patients:list")));
      assertThat(d.findElement(By.id("heading")).getText()).startsWith("1 patient");
      assertThat(d.findElement(By.id("chips")).getText()).contains("Arm: Individualized Postural Therapy (IPT)",
          "3-month follow-up: lost to follow-up");
      List<WebElement> rows = d.findElements(By.cssSelector("#patients\\:list tbody tr"));
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).getText()).contains(k.lost(), k.c(), "Individualized Postural Therapy (IPT)",
          Trials.today().minusDays(150).toString(), "Lost to follow-up").doesNotContain("LOST", "ipt");
      ScreenPatientPageIT.assertPlainWords(d);
      browser.screenshot("patients-lost-at-month-3");
      d.findElement(By.linkText(k.lost())).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("patient:visits")));
      assertThat(d.getCurrentUrl()).contains("patient.xhtml", k.lost());
      browser.screenshot("patients-lost-patient");
      d.navigate().back();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chips")));
      d.findElement(By.cssSelector("#chips a[aria-label='Remove filter: 3-month follow-up: lost to follow-up']")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("heading"), "2 patients"));
      assertThat(d.findElements(By.cssSelector("#patients\\:list tbody tr"))).hasSize(2);
      assertThat(d.findElement(By.id("patients:list")).getText()).contains(k.lost(), "Enrolled");
      assertThat(d.findElement(By.id("chips")).getText()).doesNotContain("3-month");
      browser.screenshot("patients-ipt");
      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = 'LOST_TO_FOLLOW_UP'",
          d.findElement(By.id("patients:status_input")));
      d.findElement(By.id("patients:show")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chips"), "Status: Lost to follow-up"));
      assertThat(d.findElement(By.id("heading")).getText()).startsWith("1 patient");
      assertThat(d.getCurrentUrl()).contains("status=LOST_TO_FOLLOW_UP", "arm=ipt");

      d.get(base + "dashboard.xhtml?study=" + study + "&arm=ice");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:sites")));
      assertThat(d.findElements(By.cssSelector("#dashboard\\:sites tbody tr"))).hasSize(2);
      assertThat(d.findElement(By.id("funnelScreened")).getText()).isEqualTo("4");
      browser.screenshot("dashboard-ice-only");

      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3]",
          d.findElement(By.id("dashboard:from_input")), Trials.today().toString(),
          d.findElement(By.id("dashboard:to_input")), Trials.today().minusDays(1).toString());
      d.findElement(By.id("dashboard:show")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "before its start"));
      assertThat(ScreenPatientPageIT.occurrences(d, "The end of the date range is before its start.")).isEqualTo(1);
      assertThat(d.findElement(By.id("dashboard:arm")).getText()).as("the arm chosen stays chosen").contains("Identify, Coordinate and Enhance (ICE)");
      browser.screenshot("dashboard-bad-range");
    }
  }

  private static void scrollTo(WebDriver d, By element) {
    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", d.findElement(element));
  }

  private Http coordinator(Trials.Trial trial, String site) {
    return ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
  }

  static List<String> sitesOf(Trials.Trial trial, String arm) {
    return trial.arms().entrySet().stream().filter(e -> arm.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
  }

  static String enroll(Http coordinator, String study, String site) {
    long screening = Trials.screen(coordinator, study, site, Trials.spineCareScreening("low-back", true));
    return EnrollmentApiIT.field(expect(201, coordinator.postJson("api/studies/" + study + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId");
  }

  /** As if the patient had been enrolled (and seen at baseline) {@code days} days earlier. */
  static void moveBack(String study, String studyId, int days) {
    String inStudy = " study_patient_id = ? and study_id = (select id from study where code = ?)";
    String patient = "(select id from patient where" + inStudy + ")";
    assertThat(Database.update("update patient set enrolled_on = enrolled_on - " + days + ", consent_on = consent_on - " + days
        + " where" + inStudy, studyId, study)).isEqualTo(1);
    assertThat(Database.update("update patient_visit set target_on = target_on - " + days + ", opens_on = opens_on - " + days
        + ", closes_on = closes_on - " + days + ", remind_on = remind_on - " + days + ", visit_on = visit_on - " + days
        + " where patient_id = " + patient, studyId, study)).isPositive();
  }

  private static void age(String study, String studyId, int age) {
    assertThat(Database.update("update screening set age = ? where id = (select screening_id from patient where study_patient_id = ?"
        + " and study_id = (select id from study where code = ?))", age, studyId, study)).isEqualTo(1);
  }

  private static void status(Http coordinator, String study, String patient, String status, LocalDate on) {
    expect(200, coordinator.postJson("api/studies/" + study + "/patients/" + patient + "/status",
        "{\"status\":\"" + status + "\",\"effectiveOn\":\"" + on + "\",\"reason\":\"Told the coordinator\"}"));
  }

  private static JsonObject dashboard(Http http, String study, String query) {
    HttpResponse<String> r = http.get("api/studies/" + study + "/dashboard" + query);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static JsonObject site(JsonObject d, String code) {
    return d.getJsonArray("sites").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("site").equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no site " + code + " in " + d.getJsonArray("sites")));
  }

  private static void assertSite(JsonObject s, long screened, long eligible, long consented, long enrolled, String percent,
      long last30, long daysSince, long expected, boolean behind) {
    assertThat(counts(s, "screened", "eligible", "consented", "enrolled", "enrolledLast30Days", "daysSinceLastEnrollment",
        "expectedByNow")).as(s.toString()).containsExactly(screened, eligible, consented, enrolled, last30, daysSince, expected);
    assertThat(s.getJsonNumber("percentOfTarget").toString()).isEqualTo(percent);
    assertThat(s.getInt("target")).isEqualTo(95);
    assertThat(s.getBoolean("behindTarget")).as(s.toString()).isEqualTo(behind);
  }

  private static List<Long> counts(JsonObject o, String... names) {
    List<Long> values = new ArrayList<>();
    for (String name : names) {
      values.add(o.getJsonNumber(name).longValue());
    }
    return values;
  }

  /** In window, out of window, missed, pending, cancelled, overdue. */
  private static List<Long> followUp(JsonObject d, String table, String group, String visit) {
    JsonObject row = d.getJsonArray(table).stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("group").equals(group) && r.getString("visit").equals(visit)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + visit + " of " + group + " in " + d.getJsonArray(table)));
    return counts(row, "completedInWindow", "completedOutOfWindow", "missed", "pending", "cancelled", "overdue");
  }

  private static JsonObject byKey(JsonArray array, String key, String value) {
    return array.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey(key) && !o.isNull(key) && o.getString(key).equals(value))
        .findFirst().orElseThrow(() -> new AssertionError("no " + key + " " + value + " in " + array));
  }

  private static JsonObject arm(JsonObject consort, String code) {
    return consort.getJsonArray("arms").stream().map(JsonValue::asJsonObject).filter(a -> a.getString("arm").equals(code))
        .findFirst().orElseThrow();
  }

  /** Completed, missed, withdrawn, died, lost, pending. */
  private static List<Long> visit(JsonObject arm, String code) {
    JsonObject v = arm.getJsonArray("visits").stream().map(JsonValue::asJsonObject).filter(x -> x.getString("visit").equals(code))
        .findFirst().orElseThrow();
    return counts(v, "completed", "missed", "withdrawn", "died", "lost", "pending");
  }
}
