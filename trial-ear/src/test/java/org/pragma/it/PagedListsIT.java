package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The long lists a site works from, read a page at a time from the database: the worklist with each
 * visit's contact attempts, the site's patients searched by study ID, record number or exact family
 * name, and a patient's whole audit history.
 */
@ExtendWith(ArquillianExtension.class)
class PagedListsIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  String site;
  Http coordinator;
  LocalDate enrolled;

  @BeforeEach
  void aCoordinatorAtTheUsualCareClinic() {
    trial = Trials.spineCare(base);
    site = trial.siteInArm("usual-care");
    coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    enrolled = Trials.today();
  }

  @Test
  void theWorklistComesAPageAtATimeWithItsTotalAndEachVisitsContactAttempts() {
    List<String> ids = enroll(5);
    contact(ids.get(1), 2);
    contact(ids.get(3), 1);
    String worklist = "api/studies/" + trial.study() + "/worklist?on=" + enrolled.plusDays(80);

    HttpResponse<String> first = expect(200, coordinator.get(worklist + "&size=2"));
    HttpResponse<String> second = expect(200, coordinator.get(worklist + "&page=1&size=2"));
    HttpResponse<String> last = expect(200, coordinator.get(worklist + "&page=2&size=2"));

    assertThat(first.headers().firstValue("X-Total-Count")).hasValue("5");
    assertThat(studyIds(first)).containsExactly(ids.get(0), ids.get(1));
    assertThat(studyIds(second)).containsExactly(ids.get(2), ids.get(3));
    assertThat(studyIds(last)).containsExactly(ids.get(4));
    assertThat(first.headers().firstValue("Link").orElseThrow()).contains("page=1", "rel=\"next\"");
    assertThat(last.headers().firstValue("Link").orElseThrow()).contains("page=1", "rel=\"prev\"").doesNotContain("next");
    Map<String, Integer> attempts = new java.util.HashMap<>();
    for (HttpResponse<String> page : List.of(first, second, last)) {
      rows(page).forEach(r -> attempts.put(r.getString("studyId"), r.getInt("contactAttempts")));
    }
    assertThat(attempts).containsExactlyInAnyOrderEntriesOf(
        Map.of(ids.get(0), 0, ids.get(1), 2, ids.get(2), 0, ids.get(3), 1, ids.get(4), 0));
    Http elsewhere = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + trial.siteInArm("ice")).http();
    HttpResponse<String> other = expect(200, elsewhere.get(worklist));
    assertThat(other.body()).isEqualTo("[]");
    assertThat(other.headers().firstValue("X-Total-Count")).hasValue("0");
  }

  @Test
  void pageParametersOutOfRangeAreRefusedNamingTheParameter() {
    String worklist = "api/studies/" + trial.study() + "/worklist";
    String patients = patients(site);

    assertRefused(coordinator.get(worklist + "?page=-1"), "page");
    assertRefused(coordinator.get(worklist + "?size=501"), "size");
    assertRefused(coordinator.get(patients + "?size=0"), "size");
    assertRefused(coordinator.get(patients + "?page=two"), "page");
    assertThat(coordinator.get(patients + "?page=3&size=500").body()).isEqualTo("[]");
  }

  @Test
  void theSitesPatientsArePagedAndFoundByStudyIdRecordNumberOrExactFamilyName() {
    List<String> ids = enroll(2);
    String mrn = Trials.newMrn();
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    String muller = EnrollmentApiIT.field(expect(201, coordinator.postJson(patients(site),
        Trials.spineCareEnrollment(screening, mrn, Trials.spineCareBaseline(0, 1)).replace("Lovelace-" + mrn, "Müller Lüdenscheidt"))), "studyId");

    HttpResponse<String> page2 = expect(200, coordinator.get(patients(site) + "?page=1&size=2"));
    assertThat(page2.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(studyIds(page2)).containsExactly(muller);
    assertThat(studyIds(coordinator.get(patients(site) + "?size=2"))).containsExactlyElementsOf(ids);

    assertThat(studyIds(coordinator.get(patients(site) + "?q=" + ids.get(1).substring(ids.get(1).length() - 4)))).containsExactly(ids.get(1));
    String reformatted = mrn.substring(0, 3).toLowerCase() + "-" + mrn.substring(3);
    assertThat(studyIds(coordinator.get(patients(site) + "?q=" + reformatted))).containsExactly(muller);
    HttpResponse<String> byName = coordinator.get(patients(site) + "?q=" + encode("  MULLER   ludenscheidt "));
    assertThat(studyIds(byName)).containsExactly(muller);
    assertThat(byName.headers().firstValue("X-Total-Count")).hasValue("1");
    assertThat(byName.body()).contains("Ada Müller Lüdenscheidt");
    assertThat(studyIds(coordinator.get(patients(site) + "?q=" + encode("Müller")))).as("part of a name").isEmpty();

    Http investigator = ItUsers.create(base, "INVESTIGATOR", trial.study() + "/" + site).http();
    assertThat(studyIds(investigator.get(patients(site) + "?q=" + mrn))).as("no identifiers, no search by them").isEmpty();
    assertThat(studyIds(investigator.get(patients(site) + "?q=" + encode("müller lüdenscheidt")))).isEmpty();
    String iceSite = trial.siteInArm("ice");
    Http elsewhere = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + iceSite).http();
    assertThat(elsewhere.get(patients(site) + "?q=" + mrn).statusCode()).isEqualTo(404);
    assertThat(elsewhere.get(patients(iceSite) + "?q=" + encode("müller lüdenscheidt")).body()).isEqualTo("[]");
    assertThat(elsewhere.get(patients(iceSite) + "?q=" + mrn).body()).isEqualTo("[]");
  }

  @Test
  void thePatientsHistoryShowsVisitDataContactsAndScreeningCorrectionsNewestFirst() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    String studyId = EnrollmentApiIT.field(expect(201, coordinator.postJson(patients(site),
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId");
    String patient = "api/studies/" + trial.study() + "/patients/" + studyId;
    String month3 = patient + "/visits/month-3";
    String version = coordinator.get(month3).body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
    expect(200, coordinator.putJson(month3, "{\"version\":" + version + ",\"visitOn\":\"" + enrolled
        + "\",\"instruments\":{\"ODI\":{\"odi1\":2,\"odi2\":3}}}"));
    expect(201, coordinator.postJson(month3 + "/contacts",
        "{\"attemptedOn\":\"" + enrolled + "\",\"method\":\"PHONE\",\"outcome\":\"NO_ANSWER\",\"note\":\"Voicemail\"}"));
    expect(200, coordinator.putJson("api/studies/" + trial.study() + "/sites/" + site + "/screenings/" + screening,
        Trials.spineCareScreening("low-back", true).replace("\"birth-year\":1975", "\"birth-year\":1976")
            .replaceFirst("}$", ",\"reason\":\"Birth year misread\"}")));

    HttpResponse<String> history = expect(200, coordinator.get(patient + "/history?size=500"));

    List<JsonObject> rows = rows(history);
    assertThat(rows).extracting(r -> r.getString("entity")).contains("patient", "visit", "contact", "screening");
    assertThat(history.body()).contains("Birth year misread", "\"field\":\"ODI.score\"");
    assertThat(rows.get(0).getString("entity")).as("the correction was the last change").isEqualTo("screening");
    List<Long> seqs = rows.stream().map(r -> r.getJsonNumber("seq").longValue()).toList();
    assertThat(seqs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    HttpResponse<String> secondPage = expect(200, coordinator.get(patient + "/history?page=1&size=2"));
    assertThat(secondPage.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(rows.size()));
    assertThat(rows(secondPage)).extracting(r -> r.getJsonNumber("seq").longValue()).containsExactlyElementsOf(seqs.subList(2, 4));
    Http elsewhere = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + trial.siteInArm("ice")).http();
    assertThat(elsewhere.get(patient + "/history").statusCode()).isEqualTo(404);
  }

  private List<String> enroll(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
      ids.add(EnrollmentApiIT.field(expect(201, coordinator.postJson(patients(site),
          Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId"));
    }
    return ids;
  }

  private void contact(String studyId, int times) {
    for (int i = 0; i < times; i++) {
      expect(201, coordinator.postJson("api/studies/" + trial.study() + "/patients/" + studyId + "/visits/month-3/contacts",
          "{\"attemptedOn\":\"" + enrolled + "\",\"method\":\"PHONE\",\"outcome\":\"NO_ANSWER\"}"));
    }
  }

  private static void assertRefused(HttpResponse<String> r, String parameter) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"field\":\"" + parameter + "\"", "The " + parameter + " parameter");
  }

  private static List<JsonObject> rows(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonArray array = Json.createReader(new StringReader(r.body())).readArray();
    return array.getValuesAs(JsonObject.class);
  }

  private static List<String> studyIds(HttpResponse<String> r) {
    return rows(r).stream().map(o -> o.getString("studyId")).collect(Collectors.toList());
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String patients(String siteCode) {
    return "api/studies/" + trial.study() + "/sites/" + siteCode + "/patients";
  }
}
