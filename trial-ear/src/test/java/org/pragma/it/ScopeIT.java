package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see what, walked over the whole REST API. One study with a patient at site A; outsiders are
 * a coordinator of site B of the same study and an investigator of another study. Every operation the
 * OpenAPI document lists is called by each outsider with the study, site A and A's patient in its path:
 * a read answers 403/404, or 200 with nothing of site A (its code, its patient) — and for the other
 * study's investigator, nothing of the study at all; a write never succeeds. A new endpoint without a
 * scope check fails this test, and one with a path parameter it does not know fails it too.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {
  /**
   * Operations about the caller themself (their token, their password) or pure computations on what the
   * request carries (an instrument's score), not about any site.
   */
  private static final Set<String> SELF =
      Set.of("/api/auth/token", "/api/account", "/api/account/password", "/api/instruments/{code}/score");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  String siteA;
  String siteB;
  String patientA;
  long screeningA;
  long queryA;

  @BeforeEach
  void aPatientAtSiteA() {
    trial = Trials.spineCare(base);
    siteA = trial.siteInArm("ice");
    siteB = trial.siteInArm("usual-care");
    Http coordinatorA = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + siteA).http();
    screeningA = Trials.screen(coordinatorA, trial.study(), siteA, Trials.spineCareScreening("low-back", true));
    patientA = EnrollmentApiIT.field(expect(201, coordinatorA.postJson(sitePath(siteA) + "/patients",
        Trials.spineCareEnrollment(screeningA, Trials.newMrn(), Trials.spineCareBaseline(0, 3)))), "studyId");
    queryA = Long.parseLong(expect(201, ItUsers.create(base, "DATA_MANAGER").http().postJson("api/studies/" + trial.study() + "/queries",
        "{\"patient\":\"" + patientA + "\",\"visit\":\"baseline\",\"question\":\"Please check\"}")).body()
        .replaceAll("(?s).*?\"id\":([0-9]+).*", "$1"));
  }

  @Test
  void noRestOperationShowsOrChangesSiteAForACoordinatorOfSiteBOrAnInvestigatorOfAnotherStudy() {
    Trials.Trial other = Trials.impactLbp(base);
    Map<String, Http> outsiders = Map.of(
        "coordinator of site B", ItUsers.create(base, "COORDINATOR", trial.study() + "/" + siteB).http(),
        "investigator of " + other.study(), ItUsers.create(base, "INVESTIGATOR", other.study() + "/" + other.arms().keySet().iterator().next()).http());
    List<String> leaks = new ArrayList<>();
    int calls = 0;
    for (Operation op : operations()) {
      if (SELF.contains(op.path())) {
        continue;
      }
      String path = concrete(op.path());
      for (Map.Entry<String, Http> outsider : outsiders.entrySet()) {
        HttpResponse<String> r = call(outsider.getValue(), op.method(), path);
        calls++;
        String leak = leakOf(op.method(), r, outsider.getKey().startsWith("investigator"));
        if (leak != null) {
          leaks.add(outsider.getKey() + ": " + op.method() + " " + path + " -> " + r.statusCode() + " " + leak);
        }
      }
    }
    assertThat(calls).as("operations walked").isGreaterThan(60);
    assertThat(leaks).isEmpty();
  }

  @Test
  void aCoordinatorSeesOnlyTheirOwnSitesArmInTheRandomizationReportAndCannotDownloadTheWholeWave() {
    Http coordinatorB = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + siteB).http();
    Http investigator = ItUsers.create(base, "INVESTIGATOR", trial.study() + "/" + siteA).http();
    String randomizations = "api/studies/" + trial.study() + "/randomizations";

    HttpResponse<String> mine = coordinatorB.get(randomizations);
    HttpResponse<String> wave = coordinatorB.get(randomizations + "/1");
    HttpResponse<String> csv = coordinatorB.get(randomizations + "/1/sites.csv");
    HttpResponse<String> whole = investigator.get(randomizations);

    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains("\"" + siteB + "\"").doesNotContain("\"" + siteA + "\"");
    assertThat(wave.body()).contains("\"" + siteB + "\"").doesNotContain("\"" + siteA + "\"");
    assertThat(csv.statusCode()).isEqualTo(404);
    assertThat(whole.body()).contains("\"" + siteA + "\"", "\"" + siteB + "\"");
    assertThat(investigator.get(randomizations + "/1/sites.csv").statusCode()).isEqualTo(200);
  }

  @Test
  void completionCountsOnlyTheCallersSites() {
    Http coordinatorB = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + siteB).http();
    Http coordinatorA = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + siteA).http();
    String completion = "api/studies/" + trial.study() + "/completion";

    assertThat(coordinatorB.get(completion).body()).isEqualTo("[]");
    assertThat(coordinatorA.get(completion).body()).contains("\"site\":\"" + siteA + "\"").doesNotContain("\"site\":\"" + siteB + "\"");
  }

  @Test
  void aStudysProtocolIsNotFoundForSomeoneWhoDoesNotWorkOnIt() {
    Trials.Trial other = Trials.impactLbp(base);
    Http outsider = ItUsers.create(base, "COORDINATOR", other.study() + "/S1").http();
    Http insider = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + siteB).http();

    HttpResponse<String> refused = outsider.get("api/studies/" + trial.study() + "/protocol");

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).contains("urn:pragma:problem:study-not-found");
    assertThat(insider.get("api/studies/" + trial.study() + "/protocol").statusCode()).isEqualTo(200);
    assertThat(outsider.get("api/protocols").statusCode()).isEqualTo(403);
  }

  private String sitePath(String site) {
    return "api/studies/" + trial.study() + "/sites/" + site;
  }

  /** The path with the study, site A, A's patient and screening, the first wave and the 3-month visit. */
  private String concrete(String template) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "study", "code" -> template.startsWith("/api/instruments") ? "ODI" : trial.study();
        case "site" -> siteA;
        case "patient" -> patientA;
        case "id" -> String.valueOf(screeningA);
        case "wave" -> "1";
        case "visit" -> "month-3";
        case "query" -> String.valueOf(queryA);
        case "username" -> "admin";
        case "source" -> "Payer";
        default -> throw new AssertionError("ScopeIT does not know path parameter {" + m.group(1) + "} of " + template
            + ": add a value that names site A's data, so the new endpoint's scope is checked");
      };
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.substring(1);
  }

  /** Why this answer shows or changes what the outsider must not reach, or null when it does not. */
  private String leakOf(String method, HttpResponse<String> r, boolean otherStudy) {
    int status = r.statusCode();
    if (status == 401 || status >= 500) {
      return "unexpected status: " + r.body();
    }
    if (!method.equals("GET")) {
      return status / 100 == 2 ? "a write succeeded" : null;
    }
    if (status != 200) {
      return null;
    }
    String body = r.body();
    if (body.contains(patientA)) {
      return "shows site A's patient " + patientA;
    }
    if (body.contains("\"" + siteA + "\"") || body.contains(siteA + "\",") || body.contains("/" + siteA)) {
      return "shows site A (" + siteA + ")";
    }
    if (otherStudy && body.contains(trial.study())) {
      return "shows study " + trial.study();
    }
    return null;
  }

  private static HttpResponse<String> call(Http http, String method, String path) {
    return switch (method) {
      case "GET" -> http.get(path);
      case "DELETE" -> http.delete(path);
      case "PUT" -> http.putJson(path, "{}");
      default -> http.postJson(path, "{}");
    };
  }

  record Operation(String method, String path) {}

  private List<Operation> operations() {
    HttpResponse<String> r = Http.anonymous(StudiesApiIT.rootOf(base)).get("openapi");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject paths = Json.createReader(new StringReader(r.body())).readObject().getJsonObject("paths");
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (String method : path.getValue().asJsonObject().keySet()) {
        if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
          operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey()));
        }
      }
    }
    return operations;
  }
}
