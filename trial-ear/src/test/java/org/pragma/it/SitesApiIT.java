package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin corrects and closes a study's sites over HTTP; every change is audited with its reason. */
@ExtendWith(ArquillianExtension.class)
class SitesApiIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Http admin;
  String study;

  @BeforeEach
  void studyWithItsOwnProtocol() {
    admin = ItUsers.admin(base);
    study = TestStudies.fromTemplate(admin, "impact-lbp");
  }

  private void registerSites(int count) {
    for (int i = 1; i <= count; i++) {
      HttpResponse<String> r = admin.postJson(sites(), TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 300 + 29 * i, i % 2 == 0 ? "family" : "internal"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private static String change(String name, int visits, String reason) {
    return change(name, visits, null, reason);
  }

  /** S1 as registered (dartmouth, internal) with the given name, volume and stratum, plus location and target. */
  private static String change(String name, int visits, String stratum, String reason) {
    return "{\"name\":\"" + name + "\",\"healthSystem\":\"dartmouth\",\"location\":\"Lebanon, NH\",\"enrollmentTarget\":120,"
        + (stratum == null ? "" : "\"stratum\":\"" + stratum + "\",")
        + "\"covariates\":{\"health-system\":\"dartmouth\",\"annual-low-back-pain-visits\":\"" + visits + "\",\"clinic-type\":\"internal\"},"
        + "\"reason\":\"" + reason + "\"}";
  }

  @Test
  void correctsASiteAndAuditsEachChangedFieldWithTheReason() {
    registerSites(1);

    HttpResponse<String> r = admin.putJson(sites() + "/S1", change("Dartmouth Internal Medicine", 512, "Name and volume from the site survey"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"name\":\"Dartmouth Internal Medicine\"", "\"location\":\"Lebanon, NH\"", "\"annual-low-back-pain-visits\":\"512\"");
    assertThat(admin.get(sites() + "/S1").body()).contains("\"enrollmentTarget\":120");
    String audit = admin.get("api/audit?study=" + study + "&site=S1").body();
    assertThat(audit).contains("\"field\":\"name\"", "\"newValue\":\"Dartmouth Internal Medicine\"", "\"field\":\"covariates.annual-low-back-pain-visits\"",
        "\"field\":\"location\"", "Name and volume from the site survey").doesNotContain("\"field\":\"covariates.health-system\"");
  }

  @Test
  void refusesAChangeWithoutReasonOrWithCovariatesTheStudyFileDoesNotName() {
    registerSites(1);

    HttpResponse<String> noReason = admin.putJson(sites() + "/S1", change("Renamed", 400, ""));
    HttpResponse<String> unknown = admin.putJson(sites() + "/S1",
        "{\"name\":\"Renamed\",\"covariates\":{\"clinic-size\":\"big\",\"annual-low-back-pain-visits\":\"many\"},\"reason\":\"survey\"}");
    HttpResponse<String> unknownAtRegistration = admin.postJson(sites(), "{\"code\":\"S9\",\"name\":\"X\",\"covariates\":{\"clinic-size\":\"big\"}}");

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("invalid-covariates", "\"field\":\"covariates.clinic-size\"",
        "\"field\":\"covariates.annual-low-back-pain-visits\"", "must be a decimal number");
    assertThat(unknownAtRegistration.statusCode()).isEqualTo(422);
    assertThat(admin.get(sites() + "/S1").body()).contains("\"name\":\"Clinic S1\"");
  }

  @Test
  void aRandomizedSiteKeepsItsCovariatesButCanBeRenamed() {
    registerSites(6);
    String signed = "{\"password\":\"" + ItUsers.PASSWORD + "\",\"meaning\":\"APPROVAL\"}";
    assertThat(ItUsers.create(base, "STATISTICIAN").http().postJson("api/studies/" + study + "/randomizations", signed).statusCode()).isEqualTo(201);

    HttpResponse<String> covariates = admin.putJson(sites() + "/S1", change("Clinic S1", 999, "New volume"));
    HttpResponse<String> stratum = admin.putJson(sites() + "/S1", change("Clinic S1", 329, "north", "Strata"));
    HttpResponse<String> renamed = admin.putJson(sites() + "/S1", change("Renamed clinic", 329, "Clinic renamed"));

    assertThat(covariates.statusCode()).isEqualTo(409);
    assertThat(covariates.body()).contains("already randomized", "covariates were used by the recorded draw");
    assertThat(stratum.statusCode()).as(stratum.body()).isEqualTo(409);
    assertThat(stratum.body()).contains("stratum");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.body()).contains("\"name\":\"Renamed clinic\"", "\"arm\":\"");
  }

  @Test
  void closesPlannedAndActiveSitesOnceWithTheReasonAudited() {
    registerSites(2);
    assertThat(admin.postJson(sites() + "/S2/activation", "").statusCode()).isEqualTo(200);

    HttpResponse<String> planned = admin.postJson(sites() + "/S1/closure", "{\"reason\":\"Clinic withdrew before opening\"}");
    HttpResponse<String> active = admin.postJson(sites() + "/S2/closure", "{\"reason\":\"Clinic merged\"}");
    HttpResponse<String> again = admin.postJson(sites() + "/S2/closure", "{\"reason\":\"Twice\"}");
    HttpResponse<String> noReason = admin.postJson(sites() + "/S2/closure", "{}");
    HttpResponse<String> reopen = admin.postJson(sites() + "/S2/activation", "");

    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    assertThat(planned.body()).contains("\"status\":\"CLOSED\"");
    assertThat(active.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Site S2 is already closed.");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(reopen.statusCode()).isEqualTo(409);
    assertThat(admin.get(sites() + "/S2").body()).contains("\"whyNotActivatable\":\"Site S2 is closed; a closed site cannot open again.\"");
    assertThat(admin.get("api/audit?study=" + study + "&site=S2").body())
        .contains("\"oldValue\":\"ACTIVE\"", "\"newValue\":\"CLOSED\"", "Clinic merged");
  }

  @Test
  void aCoordinatorCannotEditCloseOrImportSites() {
    registerSites(1);
    Http coordinator = ItUsers.create(base, "COORDINATOR", study + "/S1").http();

    assertThat(coordinator.putJson(sites() + "/S1", change("Mine now", 1, "because")).statusCode()).isEqualTo(403);
    assertThat(coordinator.postJson(sites() + "/S1/closure", "{\"reason\":\"because\"}").statusCode()).isEqualTo(403);
    assertThat(coordinator.post(sites() + "/import", "text/csv", "code,name\nS7,X\n".getBytes()).statusCode()).isEqualTo(403);
    assertThat(admin.get(sites() + "/S1").body()).contains("\"name\":\"Clinic S1\"", "\"status\":\"PLANNED\"");
  }

  private String sites() {
    return "api/studies/" + study + "/sites";
  }
}
