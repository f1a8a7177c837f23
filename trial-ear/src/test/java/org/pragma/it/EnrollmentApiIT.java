package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consent and enrollment over REST, as an EHR integration would call it. */
@ExtendWith(ArquillianExtension.class)
class EnrollmentApiIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  Http coordinator;
  String site;

  @BeforeEach
  void aRandomizedStudyWithACoordinatorAtTheIceClinic() {
    trial = Trials.spineCare(base);
    site = trial.siteInArm("ice");
    coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
  }

  @Test
  void enrollsAnEligibleConsentedPatientWithStudyIdArmPackageAndSchedule() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    String mrn = Trials.newMrn();

    HttpResponse<String> r = coordinator.postJson(patients(site), Trials.spineCareEnrollment(screening, mrn, Trials.spineCareBaseline(1, 2)));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String studyId = "SC-" + site + "-0001";
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/api/studies/" + trial.study() + "/patients/" + studyId);
    assertThat(r.body()).contains("\"studyId\":\"" + studyId + "\"", "\"arm\":\"ice\"", "\"status\":\"ENROLLED\"",
        "\"enrolledOn\":\"" + Trials.today() + "\"", "\"protocolVersion\":\"1.0 (version 1)\"", "\"model\":\"WRITTEN\"",
        "\"document\":\"ICF v2.1\"", "\"riskGroup\":\"high\"", "\"variant\":\"medium-high-risk\"",
        "\"code\":\"month-3\"", "\"target\":\"" + Trials.today().plusDays(91) + "\"", "\"percent\":40.0",
        "\"medicalRecordNumber\":\"" + mrn + "\"");
    assertThat(r.body()).doesNotContain("\"NDI\"");
  }

  @Test
  void aCoordinatorRecordsThatAnEligiblePatientDeclinedAndUndoesItWhenThePatientAgrees() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    long ineligible = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", false));
    String path = "api/studies/" + trial.study() + "/sites/" + site + "/screenings/";
    Http other = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + trial.siteInArm("usual-care")).http();
    long version = screeningVersion(coordinator, trial.study(), site, screening);

    assertThat(coordinator.putJson(path + ineligible + "/non-enrollment", "{\"reason\":\"DECLINED\",\"version\":"
        + screeningVersion(coordinator, trial.study(), site, ineligible) + "}").statusCode())
        .as("the ineligible are excluded by their criteria").isEqualTo(422);
    HttpResponse<String> noNote = coordinator.putJson(path + screening + "/non-enrollment", "{\"reason\":\"OTHER_REASON\",\"version\":" + version + "}");
    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(noNote.body()).contains("note");
    assertThat(other.putJson(path + screening + "/non-enrollment", "{\"reason\":\"DECLINED\",\"version\":" + version + "}").statusCode()).isEqualTo(404);
    assertThat(coordinator.putJson(path + screening + "/non-enrollment", "{\"reason\":\"DECLINED\",\"version\":" + (version + 5) + "}").statusCode()).isEqualTo(409);

    HttpResponse<String> declined = expect(200, coordinator.putJson(path + screening + "/non-enrollment",
        "{\"reason\":\"DECLINED\",\"note\":\"Does not want more appointments\",\"version\":" + version + "}"));
    assertThat(declined.body()).contains("\"notEnrolled\":\"DECLINED\"", "\"version\":" + (version + 1));
    assertThat(coordinator.get(path.substring(0, path.length() - 1)).body()).contains("\"notEnrolled\":\"DECLINED\"");
    HttpResponse<String> enrollDeclined = coordinator.postJson(patients(site), Trials.spineCareEnrollment(screening, Trials.newMrn(),
        Trials.spineCareBaseline(1, 2)));
    assertThat(enrollDeclined.statusCode()).isEqualTo(409);
    assertThat(enrollDeclined.body()).contains("screening-not-enrolled", "undo");

    assertThat(coordinator.postJson(path + screening + "/non-enrollment/undo", "{\"version\":" + (version + 1) + "}").statusCode()).isEqualTo(400);
    HttpResponse<String> undone = expect(200, coordinator.postJson(path + screening + "/non-enrollment/undo",
        "{\"reason\":\"Patient called back and agrees\",\"version\":" + (version + 1) + "}"));
    assertThat(undone.body()).doesNotContain("notEnrolled\":\"");
    expect(201, coordinator.postJson(patients(site), Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(1, 2))));
    HttpResponse<String> afterEnrollment = coordinator.putJson(path + screening + "/non-enrollment",
        "{\"reason\":\"DECLINED\",\"version\":" + screeningVersion(coordinator, trial.study(), site, screening) + "}");
    assertThat(afterEnrollment.statusCode()).isEqualTo(409);
    assertThat(afterEnrollment.body()).contains("screening-already-enrolled");
    String audit = trial.admin().get("api/audit?study=" + trial.study() + "&entity=screening&entityId=" + screening).body();
    assertThat(audit).contains("Recorded as not enrolled", "Does not want more appointments", "Patient called back and agrees");
  }

  /** The version of a screening as its site's log shows it (what a change must name). */
  static long screeningVersion(Http http, String study, String site, long id) {
    String log = expect(200, http.get("api/studies/" + study + "/sites/" + site + "/screenings")).body();
    return jakarta.json.Json.createReader(new java.io.StringReader(log)).readArray().stream().map(v -> v.asJsonObject())
        .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getJsonNumber("version").longValue();
  }

  @Test
  void identifiersReachOnlyTheSiteAndAdminsAndNeverTheAuditTrail() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("neck", true));
    String mrn = Trials.newMrn();
    String baseline = "{\"SBST\":{\"sbst1\":0,\"sbst2\":0,\"sbst3\":0,\"sbst4\":0,\"sbst5\":0,\"sbst6\":0,\"sbst7\":0,\"sbst8\":0,\"sbst9\":1},"
        + "\"NDI\":{\"ndi1\":1,\"ndi2\":1,\"ndi3\":1,\"ndi4\":1,\"ndi5\":1,\"ndi6\":1,\"ndi7\":1,\"ndi8\":1,\"ndi9\":1,\"ndi10\":1},\"NPRS\":{\"nprs1\":3}}";
    String studyId = field(expect(201, coordinator.postJson(patients(site), Trials.spineCareEnrollment(screening, mrn, baseline))), "studyId");
    String path = "api/studies/" + trial.study() + "/patients/" + studyId;
    Http investigator = ItUsers.create(base, "INVESTIGATOR", trial.study() + "/" + site).http();
    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    String otherSite = trial.siteInArm("usual-care");
    Http otherCoordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + otherSite).http();

    assertThat(trial.admin().get(path).body()).contains(mrn, "\"variant\":\"low-risk\"");
    assertThat(investigator.get(path).body()).contains("\"studyId\":\"" + studyId + "\"").doesNotContain(mrn, "Lovelace");
    assertThat(dataManager.get(path).body()).contains("\"arm\":\"ice\"").doesNotContain(mrn, "Lovelace");
    assertThat(otherCoordinator.get(path).statusCode()).isEqualTo(404);
    String familyName = "lovelace-" + mrn.toLowerCase(java.util.Locale.ROOT);
    assertThat(coordinator.get(patients(site) + "?q=" + familyName).body()).contains(studyId, "Ada Lovelace");
    assertThat(investigator.get(patients(site) + "?q=" + familyName).body()).isEqualTo("[]");
    String history = coordinator.get(path + "/history").body();
    assertThat(history).contains("\"field\":\"arm\"", "recorded (encrypted)").doesNotContain(mrn, "Lovelace", "1975-12-10");
  }

  @Test
  void aRetriedSubmissionWithTheSameKeyCreatesOnePatient() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    String body = Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1));

    HttpResponse<String> first = coordinator.postJson(patients(site), body, "Idempotency-Key", "form-123");
    HttpResponse<String> retry = coordinator.postJson(patients(site), body, "Idempotency-Key", "form-123");
    HttpResponse<String> noKeyDoubleClick = coordinator.postJson(patients(site), body);
    long other = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    HttpResponse<String> keyReused = coordinator.postJson(patients(site),
        Trials.spineCareEnrollment(other, Trials.newMrn(), Trials.spineCareBaseline(0, 1)), "Idempotency-Key", "form-123");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(field(retry, "studyId")).isEqualTo(field(first, "studyId"));
    assertThat(noKeyDoubleClick.statusCode()).isEqualTo(409);
    assertThat(noKeyDoubleClick.body()).contains("screening-already-enrolled", field(first, "studyId"));
    assertThat(keyReused.statusCode()).isEqualTo(409);
    assertThat(keyReused.body()).contains("idempotency-key-reused");
    assertThat(coordinator.get(patients(site)).body()).containsOnlyOnce("\"studyId\"");
  }

  @Test
  void aSecondEnrollmentOfTheSameRecordNumberAtTheSiteIsRefusedWithoutEchoingIt() {
    String mrn = Trials.newMrn();
    long first = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    long second = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    expect(201, coordinator.postJson(patients(site), Trials.spineCareEnrollment(first, mrn, Trials.spineCareBaseline(0, 1))));

    String reformatted = mrn.substring(0, 3).toLowerCase() + "-" + mrn.substring(3);
    HttpResponse<String> again = coordinator.postJson(patients(site), Trials.spineCareEnrollment(second, reformatted, Trials.spineCareBaseline(0, 1)));

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("record-number-enrolled", "SC-" + site + "-0001").doesNotContain(mrn.substring(3));
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndWritesNothing() {
    long eligible = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    long ineligible = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", false));
    String goodBaseline = Trials.spineCareBaseline(0, 1);

    assertRefused(422, "screening-ineligible", Trials.spineCareEnrollment(ineligible, Trials.newMrn(), goodBaseline));
    assertRefused(422, "consent-missing", Trials.spineCareEnrollment(eligible, Trials.newMrn(), goodBaseline)
        .replaceFirst("\"consent\":\\{[^}]*},", ""));
    assertRefused(422, "consent.obtainedOn", Trials.spineCareEnrollment(eligible, Trials.newMrn(), goodBaseline)
        .replace("\"obtainedOn\":\"" + Trials.today() + "\"", "\"obtainedOn\":\"" + Trials.today().plusDays(3) + "\""));
    assertRefused(422, "baseline.ODI.odi3", Trials.spineCareEnrollment(eligible, Trials.newMrn(), goodBaseline.replace("\"odi3\":1", "\"odi3\":9")));
    assertRefused(422, "baseline.ODI", Trials.spineCareEnrollment(eligible, Trials.newMrn(), goodBaseline.replaceFirst(",\"ODI\":\\{[^}]*}", "")));
    assertRefused(400, "malformed-request", Trials.spineCareEnrollment(eligible, Trials.newMrn(), goodBaseline)
        .replace("1975-12-10", "10/12/1975"));
    assertRefused(400, "medicalRecordNumber", Trials.spineCareEnrollment(eligible, "", goodBaseline));
    assertThat(coordinator.postJson(patients("NOPE"), Trials.spineCareEnrollment(eligible, Trials.newMrn(), goodBaseline)).statusCode())
        .isEqualTo(404);
    assertThat(coordinator.get(patients(site)).body()).isEqualTo("[]");
  }

  @Test
  void enrollmentWaitsForRandomizationAndActivation() {
    Trials.Trial planned = Trials.spineCare(base, "S1", "S2", "S3", "S4", "S5", "S6");
    Http admin = planned.admin();
    expect(201, admin.postJson("api/studies/" + planned.study() + "/sites",
        "{\"code\":\"S9\",\"name\":\"Late clinic\",\"covariates\":{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"200\"}}"));
    expect(200, admin.postJson("api/studies/" + planned.study() + "/sites/S9/activation", ""));
    long inactive = Trials.screen(admin, planned.study(), "S1", Trials.spineCareScreening("low-back", true));
    long unrandomized = Trials.screen(admin, planned.study(), "S9", Trials.spineCareScreening("low-back", true));

    HttpResponse<String> atInactive = admin.postJson("api/studies/" + planned.study() + "/sites/S1/patients",
        Trials.spineCareEnrollment(inactive, Trials.newMrn(), Trials.spineCareBaseline(0, 1)));
    HttpResponse<String> atUnrandomized = admin.postJson("api/studies/" + planned.study() + "/sites/S9/patients",
        Trials.spineCareEnrollment(unrandomized, Trials.newMrn(), Trials.spineCareBaseline(0, 1)));

    assertThat(atInactive.statusCode()).isEqualTo(422);
    assertThat(atInactive.body()).contains("site-not-active", "planned, not active");
    assertThat(atUnrandomized.statusCode()).isEqualTo(422);
    assertThat(atUnrandomized.body()).contains("site-not-randomized");
  }

  @Test
  void withdrawalLossAndDeathAreStatusChangesWithDateAndReason() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    String studyId = field(expect(201, coordinator.postJson(patients(site),
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId");
    String status = "api/studies/" + trial.study() + "/patients/" + studyId + "/status";
    String today = Trials.today().toString();

    HttpResponse<String> lost = coordinator.postJson(status, "{\"status\":\"LOST_TO_FOLLOW_UP\",\"effectiveOn\":\"" + today + "\",\"reason\":\"No answer to 5 calls\"}");
    HttpResponse<String> found = coordinator.postJson(status, "{\"status\":\"ENROLLED\",\"effectiveOn\":\"" + today + "\",\"reason\":\"Called back\"}");
    HttpResponse<String> future = coordinator.postJson(status, "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\"" + Trials.today().plusDays(2) + "\",\"reason\":\"x\"}");
    HttpResponse<String> noReason = coordinator.postJson(status, "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\"" + today + "\"}");
    HttpResponse<String> withdrawn = coordinator.postJson(status, "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\"" + today + "\",\"reason\":\"Patient request\"}");
    HttpResponse<String> afterWithdrawal = coordinator.postJson(status, "{\"status\":\"DIED\",\"effectiveOn\":\"" + today + "\",\"reason\":\"x\"}");

    assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    assertThat(lost.body()).contains("\"status\":\"LOST_TO_FOLLOW_UP\"", "No answer to 5 calls");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(future.statusCode()).isEqualTo(409);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"", "\"statusReason\":\"Patient request\"");
    assertThat(afterWithdrawal.statusCode()).isEqualTo(409);
    assertThat(afterWithdrawal.body()).contains("cannot change from withdrawn to died");
    assertThat(coordinator.get("api/studies/" + trial.study() + "/patients/" + studyId + "/history").body())
        .contains("Patient request", "No answer to 5 calls");
    assertThat(coordinator.get(patients(site) + "?status=WITHDRAWN").body()).contains(studyId);
  }

  @Test
  void aCorrectionThatWouldMakeAnEnrolledPatientIneligibleIsRefused() {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    expect(201, coordinator.postJson(patients(site), Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1))));
    String path = "api/studies/" + trial.study() + "/sites/" + site + "/screenings/" + screening;

    HttpResponse<String> r = coordinator.putJson(path, Trials.spineCareScreening("low-back", false)
        .replaceFirst("}$", ",\"reason\":\"Birth year typo\"}"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
    assertThat(r.body()).contains("enrolled-patient-ineligible", "protocol deviation");
  }

  @Test
  void impactLbpConsentIsImpliedByTheBaselineQuestionnaire() {
    Trials.Trial impact = Trials.impactLbp(base);
    Http admin = impact.admin();
    long screening = Trials.screen(admin, impact.study(), "S1", Trials.impactScreening());
    String body = "{\"screeningId\":" + screening + ",\"identifiers\":" + Trials.identifiers(Trials.newMrn()) + ",\"baseline\":{"
        + "\"PROMIS-PI-6A\":{\"promispi1\":3,\"promispi2\":3,\"promispi3\":3,\"promispi4\":3,\"promispi5\":3,\"promispi6\":3},"
        + "\"PROMIS-PF-6B\":{\"promispf1\":4,\"promispf2\":4,\"promispf3\":4,\"promispf4\":4,\"promispf5\":4,\"promispf6\":4}}}";

    HttpResponse<String> r = admin.postJson("api/studies/" + impact.study() + "/sites/S1/patients", body);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"studyId\":\"IL-S1-0001\"", "\"model\":\"IMPLIED_BY_BASELINE\"", "\"on\":\"" + Trials.impactToday() + "\"",
        "\"total\":18", "\"total\":24");
    // The co-primary outcomes as the trial reports them: PROMIS T-scores with their SE (PI 6a v1.0, PF 6b v1.2).
    HttpResponse<String> read = admin.get(r.headers().firstValue("Location").orElseThrow());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"tScore\":61.2", "\"tScoreSe\":1.4", "T 61.2 (SE 1.4) · raw 18",
        "\"tScore\":43.1", "\"tScoreSe\":1.9", "T 43.1 (SE 1.9) · raw 24");
  }

  private void assertRefused(int status, String expected, String body) {
    HttpResponse<String> r = coordinator.postJson(patients(site), body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).contains(expected).doesNotContain("Exception", "at org.");
  }

  private String patients(String siteCode) {
    return "api/studies/" + trial.study() + "/sites/" + siteCode + "/patients";
  }

  static String field(HttpResponse<String> r, String name) {
    return r.body().replaceAll("(?s).*?\"" + name + "\":\"([^\"]*)\".*", "$1");
  }
}
