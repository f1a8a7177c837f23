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

/** The studies API (as an admin), health and OpenAPI over HTTP, as a script or another system would use them. */
@ExtendWith(ArquillianExtension.class)
class StudiesApiIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Http http;

  @BeforeEach
  void client() {
    http = ItUsers.admin(base);
  }

  @Test
  void registersAStudyAndListsIt() {
    String code = StudyServiceIT.uniqueCode();
    HttpResponse<String> created =
        http.postJson(
            "api/studies",
            "{\"code\":\"" + code + "\",\"title\":\"Neck pain trial\",\"registryId\":\"NCT05626049\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/studies/" + code));
    assertThat(created.body()).contains("\"status\":\"PLANNING\"");
    assertThat(http.get("api/studies").body()).contains("\"code\":\"" + code + "\"", "Neck pain trial");
    assertThat(http.get("api/studies/" + code).statusCode()).isEqualTo(200);
  }

  @Test
  void invalidFieldsGetAProblemListingEachField() {
    HttpResponse<String> r = http.postJson("api/studies", "{\"code\":\"bad code\",\"title\":\"\",\"registryId\":\"123\"}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"status\":400", "\"field\":\"code\"", "\"field\":\"title\"", "\"field\":\"registryId\"");
  }

  @Test
  void malformedJsonIsABadRequestNotAServerError() {
    HttpResponse<String> r = http.postJson("api/studies", "{\"code\": \"X1\", \"title\": ");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"type\":\"urn:pragma:problem:malformed-request\"").doesNotContain("Exception");
  }

  @Test
  void missingBodyIsABadRequest() {
    HttpResponse<String> r = http.postJson("api/studies", "");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"status\":400");
  }

  @Test
  void aTakenCodeIsAConflict() {
    String code = StudyServiceIT.uniqueCode();
    http.postJson("api/studies", "{\"code\":\"" + code + "\",\"title\":\"One\"}");
    HttpResponse<String> again = http.postJson("api/studies", "{\"code\":\"" + code + "\",\"title\":\"Two\"}");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("urn:pragma:problem:study-code-taken", code);
  }

  @Test
  void unknownStudyAndUnknownPathAreProblemDocuments() {
    HttpResponse<String> study = http.get("api/studies/NOPE-" + System.nanoTime());
    HttpResponse<String> path = http.get("api/no-such-thing");

    assertThat(study.statusCode()).isEqualTo(404);
    assertThat(study.body()).contains("study-not-found");
    assertThat(path.statusCode()).isEqualTo(404);
    assertThat(path.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void healthChecksTheDatabaseAndOpenApiDescribesTheApi() {
    Http root = Http.anonymous(rootOf(base));

    HttpResponse<String> ready = root.get("health/ready");
    HttpResponse<String> live = root.get("health/live");
    HttpResponse<String> openapi = root.get("openapi");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"", "UP");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).as("liveness must not depend on the database").contains("\"application\"").doesNotContain("database");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/studies");
  }

  @Test
  void aStudyIsCorrectedWithAReasonAndNotWithoutOne() {
    String code = StudyServiceIT.uniqueCode();
    http.postJson("api/studies", "{\"code\":\"" + code + "\",\"title\":\"Draft title\"}");

    HttpResponse<String> noReason =
        http.putJson("api/studies/" + code, "{\"title\":\"Final title\"}");
    HttpResponse<String> revised =
        http.putJson(
            "api/studies/" + code,
            "{\"title\":\"Final title\",\"reason\":\"Title approved by the steering committee\"}");

    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(revised.statusCode()).isEqualTo(200);
    assertThat(revised.body()).contains("\"title\":\"Final title\"", "\"status\":\"PLANNING\"");
  }

  static URL rootOf(URL url) {
    try {
      return new URL(url.getProtocol(), url.getHost(), url.getPort(), "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aStudysStatusFollowsItsRandomizationEnrollmentAndClosing() {
    String planning = TestStudies.fromTemplate(http, "spine-care");
    assertThat(http.get("api/studies/" + planning).body()).contains("\"status\":\"PLANNING\"", "\"statusLabel\":\"Planning\"");

    Trials.Trial trial = Trials.spineCare(base);
    String study = "api/studies/" + trial.study();
    assertThat(http.get(study).body()).contains("\"status\":\"RANDOMIZED\"", "\"statusLabel\":\"Randomized\"");

    String site = trial.arms().keySet().iterator().next();
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    Trials.expect(201, coordinator.postJson(study + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(1, 2))));
    assertThat(http.get(study).body()).contains("\"status\":\"ENROLLING\"", "\"statusLabel\":\"Enrolling\"");
    assertThat(http.get("api/studies").body()).contains("\"code\":\"" + trial.study() + "\"", "\"status\":\"ENROLLING\"");

    for (String s : trial.arms().keySet()) {
      Trials.expect(200, http.postJson(study + "/sites/" + s + "/closure", "{\"reason\":\"Enrollment period over\"}"));
    }
    assertThat(http.get(study).body()).contains("\"status\":\"FOLLOW_UP\"", "\"statusLabel\":\"Follow-up\"");

    HttpResponse<String> closed = http.putJson(study, "{\"title\":\"SPINE CARE copy\",\"closed\":true,\"reason\":\"Last follow-up done\"}");
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(closed.body()).contains("\"status\":\"CLOSED\"", "\"statusLabel\":\"Closed\"");
    assertThat(http.get("api/audit?study=" + trial.study()).body()).contains("Last follow-up done");
  }
}
