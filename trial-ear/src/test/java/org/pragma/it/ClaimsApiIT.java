package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
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
 * A data manager imports claims extracts over REST: validation, all-or-nothing, idempotency, replacement,
 * linkage. (Importing on the page is the data manager's journey in {@link JourneysIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class ClaimsApiIT {
  private static final String HEADER = "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  Http dataManager;
  String site;
  String ann;
  String bob;
  String bobMrn;
  LocalDate today;

  @BeforeEach
  void aStudyWithTwoEnrolledPatients() {
    trial = Trials.spineCare(base);
    site = trial.siteInArm("ice");
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    ann = enroll(coordinator, Trials.newMrn());
    bobMrn = Trials.newMrn();
    bob = enroll(coordinator, bobMrn);
    dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    today = Trials.today();
  }

  private String enroll(Http coordinator, String mrn) {
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    HttpResponse<String> r = expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, mrn, Trials.spineCareBaseline(1, 2))));
    return field(r.body(), "studyId");
  }

  @Test
  void aValidFileImportsWithExactTotalsAndTheSameFileTwiceAddsNothing() {
    String csv = HEADER
        + ann + "," + today + ",,72148,1,412.37,300.10,1.48\n"
        + ann + "," + today.minusDays(30) + ",,99213,1,0.10,0.05,\n"
        + bob + "," + today + ",,99213,1,0.20,0.10,\n"
        + bob + "," + today + ",,99213,1,0.20,0.10,\n"
        + bob + "," + today + ",,A9999,1,5,5,\n";

    HttpResponse<String> first = upload("Payer A", "claims.csv", csv, null, null);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"status\":\"IMPORTED\"", "\"linesRead\":5", "\"linesAccepted\":5", "\"unknownCodes\":1",
        "{\"amount\":0.50,\"category\":\"PRIMARY_CARE\",\"lines\":3,\"spineRelated\":0.00}",
        "{\"amount\":412.37,\"category\":\"IMAGING_MRI\",\"lines\":1,\"spineRelated\":412.37}",
        "\"sha256\":\"", "\"priceBasis\":\"ALLOWED\"");

    String annUtilization = expect(200, dataManager.get("api/studies/" + trial.study() + "/patients/" + ann + "/utilization")).body();
    assertThat(annUtilization).contains("\"enrolledOn\":\"" + today + "\"", "\"lookBackFrom\":\"" + today.minusDays(365) + "\"",
        "\"followUpTo\":\"" + today.plusDays(364) + "\"")
        .containsPattern("\"after\":\\{\"rvu\":1.48,\"services\":\\{[^}]*\"IMAGING_MRI\":1,[^}]*},\"spineRelated\":412.37,\"total\":412.37}")
        .containsPattern("\"before\":\\{\"rvu\":0,\"services\":\\{\"PRIMARY_CARE\":1,[^}]*},\"spineRelated\":0.00,\"total\":0.10}");
    Http otherSite = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + trial.siteInArm("usual-care")).http();
    assertThat(otherSite.get("api/studies/" + trial.study() + "/patients/" + ann + "/utilization").statusCode()).isEqualTo(404);
    String groups = expect(200, dataManager.get("api/studies/" + trial.study() + "/spending")).body();
    assertThat(groups).contains("\"group\":\"arm:ice\"", "\"group\":\"site:" + site + "\"");
    assertThat(otherSite.get("api/studies/" + trial.study() + "/spending").statusCode()).isEqualTo(403);

    HttpResponse<String> again = upload("Payer A", "claims-copy.csv", csv, null, null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("\"alreadyImported\":true", "\"id\":" + field(first.body(), "id"));

    String overlapping = csv + ann + "," + today + ",,97110,1,35,30,\n";
    HttpResponse<String> third = upload("Payer A", "claims-plus-one.csv", overlapping, null, null);
    assertThat(third.statusCode()).as(third.body()).isEqualTo(201);
    assertThat(third.body()).contains("\"linesRead\":6", "\"linesAccepted\":1");
  }

  @Test
  void theWindowsCountWholeDaysFromEnrollmentAcross29February() {
    // Bob enrolled on 2024-02-10: his 12 months after run to day 364 = 2025-02-08 (2024 has a 29 February),
    // his look-back from day -365 = 2023-02-10.
    LocalDate enrolled = LocalDate.of(2024, 2, 10);
    assertThat(Database.update("update patient set enrolled_on = ? where study_patient_id = ? and study_id = (select id from study where code = ?)",
        java.sql.Date.valueOf(enrolled), bob, trial.study())).isEqualTo(1);
    String csv = HEADER
        + bob + "," + enrolled + ",,99213,1,1.01,1,\n"                    // day 0: after
        + bob + "," + enrolled.plusDays(364) + ",,99213,1,10.10,1,\n"     // day 364: after
        + bob + "," + enrolled.plusDays(365) + ",,99213,1,100.00,1,\n"    // day 365: neither
        + bob + "," + enrolled.minusDays(1) + ",,99213,1,0.01,0,\n"       // day -1: before
        + bob + "," + enrolled.minusDays(365) + ",,99213,1,0.10,0,\n";    // day -365: before
    assertThat(enrolled.plusDays(364)).isEqualTo(LocalDate.of(2025, 2, 8));

    HttpResponse<String> r = upload("Payer E", "edges.csv", csv, null, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

    String utilization = expect(200, dataManager.get("api/studies/" + trial.study() + "/patients/" + bob + "/utilization")).body();
    assertThat(utilization).contains("\"lookBackFrom\":\"2023-02-10\"", "\"followUpTo\":\"2025-02-08\"")
        .containsPattern("\"after\":\\{[^}]*\\{[^}]*}[^}]*\"total\":11.11}")
        .containsPattern("\"before\":\\{[^}]*\\{[^}]*}[^}]*\"total\":0.11}");

    HttpResponse<String> tooEarly = upload("Payer E", "too-early.csv",
        HEADER + bob + "," + enrolled.minusDays(366) + ",,99213,1,1,1,\n", null, null);
    assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(422);
    assertThat(tooEarly.body()).containsPattern("\"column\":\"service_date\",\"message\":\"[^\"]+\",\"row\":2");
  }

  @Test
  void aFileWithBadLinesImportsNothingAndListsEveryProblem() {
    String csv = HEADER
        + ann + "," + today + ",,72148,1,412.37,300.10,1.48\n"
        + "SC-999-9999," + today + ",,72148,1,1,1,\n"
        + ann + "," + today.plusDays(1) + ",,72148,1,1,1,\n"
        + ann + "," + today + ",dentistry,,1,-3,1,\n";

    HttpResponse<String> r = upload("Payer B", "bad.csv", csv, null, null);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.body()).contains("no line was imported")
        .containsPattern("\"column\":\"study_id\",\"message\":\"[^\"]+\",\"row\":3")
        .containsPattern("\"column\":\"service_date\",\"message\":\"[^\"]+\",\"row\":4")
        .containsPattern("\"column\":\"category\",\"message\":\"[^\"]+\",\"row\":5")
        .containsPattern("\"column\":\"allowed_amount\",\"message\":\"[^\"]+\",\"row\":5");
    String list = expect(200, dataManager.get(claims())).body();
    assertThat(list).contains("\"status\":\"REFUSED\"", "\"errorCount\":4").doesNotContain("\"status\":\"IMPORTED\"");
    String id = field(list, "id");
    HttpResponse<String> report = expect(200, dataManager.get(claims() + "/" + id + "/errors.csv"));
    assertThat(report.body()).startsWith("file,row,column,problem").contains("bad.csv,3,study_id,No enrolled patient");
  }

  @Test
  void aCorrectedFileReplacesTheImportItCorrectsWithAReason() {
    String wrong = HEADER + ann + "," + today + ",,72148,1,999.99,1,\n" + bob + "," + today + ",,72148,1,10,1,\n";
    String id = field(expect(201, upload("Payer C", "march.csv", wrong, null, null)).body(), "id");
    String corrected = HEADER + ann + "," + today + ",,72148,1,99.99,1,\n" + bob + "," + today + ",,72148,1,10,1,\n";

    HttpResponse<String> noReason = upload("Payer C", "march-fixed.csv", corrected, id, " ");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");

    HttpResponse<String> replaced = upload("Payer C", "march-fixed.csv", corrected, id, "Payer resent March with corrected amounts");
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
    assertThat(replaced.body()).contains("\"linesAccepted\":2", "{\"amount\":109.99,\"category\":\"IMAGING_MRI\",\"lines\":2", "\"replacesId\":" + id);
    assertThat(expect(200, dataManager.get(claims() + "/" + id)).body()).contains("\"status\":\"REPLACED\"", "\"totals\":[]");
    assertThat(expect(200, trial.admin().get("api/audit?entity=claims-import&entityId=" + id)).body())
        .contains("Payer resent March with corrected amounts");
  }

  @Test
  void patientsAreLinkedByRecordNumberAndSiteThroughASavedMapping() {
    String mapping = "{\"mapping\":{\"recordNumber\":\"MRN\",\"site\":\"Clinic\",\"serviceDate\":\"DOS\",\"procedureCode\":\"CPT\","
        + "\"paidAmount\":\"Paid\",\"priceBasis\":\"PAID\"}}";
    HttpResponse<String> saved = expect(200, dataManager.putJson(claims() + "/sources/Health%20system", mapping));
    assertThat(saved.body()).contains("\"priceBasis\":\"PAID\"", "\"version\":");

    String csv = "MRN;Clinic;DOS;CPT;Paid\n" + bobMrn + ";" + site + ";" + today + ";97110;35.50\n";
    HttpResponse<String> r = upload("Health system", "ehr.csv", csv, null, null);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("{\"amount\":35.50,\"category\":\"PHYSICAL_THERAPY\",\"lines\":1");
    HttpResponse<String> unknown = upload("Health system", "ehr2.csv", "MRN;Clinic;DOS;CPT;Paid\nNOPE-1;" + site + ";" + today + ";97110;1\n", null, null);
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("has this medical record number").doesNotContain("NOPE-1");

    HttpResponse<String> stale = dataManager.putJson(claims() + "/sources/Health%20system", mapping.replace("}}", "},\"version\":0}"));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
  }

  @Test
  void onlyDataManagersAndAdminsImportClaims() {
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    HttpResponse<String> r = multipart(coordinator, "Payer A", "c.csv", HEADER + ann + "," + today + ",,72148,1,1,1,\n", null, null);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(coordinator.get(claims()).statusCode()).isEqualTo(403);
  }

  private String claims() {
    return "api/studies/" + trial.study() + "/claims";
  }

  private HttpResponse<String> upload(String source, String fileName, String csv, String replaces, String reason) {
    return multipart(dataManager, source, fileName, csv, replaces, reason);
  }

  private HttpResponse<String> multipart(Http http, String source, String fileName, String csv, String replaces, String reason) {
    String boundary = "pragma-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "source", null, source);
    if (replaces != null) {
      part(body, boundary, "replaces", null, replaces);
    }
    if (reason != null) {
      part(body, boundary, "reason", null, reason);
    }
    part(body, boundary, "file", fileName, csv);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.post(claims(), "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String content) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return m.group(1);
  }
}
