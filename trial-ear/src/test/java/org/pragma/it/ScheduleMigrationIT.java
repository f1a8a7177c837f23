package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An amendment moves the 3-month visit from day 91 to day 98: new patients get the new schedule, the
 * patient enrolled before keeps the old one until an explicit, previewed and audited migration.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleMigrationIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void anAmendedScheduleReachesExistingPatientsOnlyThroughAnAuditedMigration() throws IOException {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("usual-care");
    Http admin = trial.admin();
    String before = enroll(admin, trial, site);

    Path arm = Path.of(System.getProperty("it.protocols.dir"), trial.study().toLowerCase(Locale.ROOT), "arms", "usual-care.yaml");
    Files.writeString(arm, Files.readString(arm).replace("targetDay: 91", "targetDay: 98"));
    expect(200, admin.postJson("api/protocols/reload", ""));
    String after = enroll(admin, trial, site);

    assertThat(month3(admin, trial, before)).isEqualTo(Trials.today().plusDays(91).toString());
    assertThat(month3(admin, trial, after)).isEqualTo(Trials.today().plusDays(98).toString());
    String migration = "api/studies/" + trial.study() + "/schedule-migration";
    String preview = admin.get(migration).body();
    assertThat(preview).contains("\"applied\":false", "\"studyId\":\"" + before + "\"", "\"kind\":\"MOVED\"",
        "\"newTarget\":\"" + Trials.today().plusDays(98) + "\"", "\"kind\":\"KEPT_HAS_DATA\"").doesNotContain(after);
    assertThat(month3(admin, trial, before)).as("a preview changes nothing").isEqualTo(Trials.today().plusDays(91).toString());

    assertThat(admin.postJson(migration, "{}").statusCode()).isEqualTo(400);
    HttpResponse<String> applied = admin.postJson(migration, "{\"reason\":\"Amendment 1: 3-month visit at day 98\"}");

    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    assertThat(month3(admin, trial, before)).isEqualTo(Trials.today().plusDays(98).toString());
    assertThat(admin.get("api/studies/" + trial.study() + "/patients/" + before).body()).contains("(version 2)");
    assertThat(admin.get(migration).body()).contains("\"patients\":[]");
    assertThat(admin.get("api/audit?study=" + trial.study() + "&entity=visit").body()).contains("Amendment 1: 3-month visit at day 98");
  }

  /**
   * Each patient's visits take the instruments of the protocol version the patient follows, not the one
   * in force: amendment 1 adds PCS to the follow-ups and a 6-month visit; amendment 2 drops the 6-month
   * visit again. A visit the patient's version has keeps its instruments (a date alone is not a complete
   * visit); once the patient is migrated to a version without it, saving it is refused.
   */
  @Test
  void visitsTakeTheirInstrumentsFromThePatientsOwnProtocolVersion() throws IOException {
    Trials.Trial trial = Trials.spineCare(base);
    String site = trial.siteInArm("usual-care");
    Http admin = trial.admin();
    String onVersion1 = enroll(admin, trial, site);
    Path arm = Path.of(System.getProperty("it.protocols.dir"), trial.study().toLowerCase(Locale.ROOT), "arms", "usual-care.yaml");
    String original = Files.readString(arm);
    String withPcs = original.replace("        - { code: NPRS }\n    - code: month-12",
        "        - { code: NPRS }\n        - { code: PCS }\n    - code: month-12");
    String amended = withPcs.replace("    - code: month-12\n", "    - code: month-6\n      name: 6-month follow-up\n      targetDay: 182\n"
        + "      window: { before: 14, after: 28 }\n      instruments:\n        - { code: NPRS }\n    - code: month-12\n");
    assertThat(amended).contains("code: PCS", "code: month-6");
    Files.writeString(arm, amended);
    expect(200, admin.postJson("api/protocols/reload", ""));
    String onVersion2 = enroll(admin, trial, site);
    String today = Trials.today().toString();

    assertThat(visit(admin, trial, onVersion1, "month-3").body()).contains("\"code\":\"ODI\"", "\"code\":\"NPRS\"")
        .doesNotContain("\"code\":\"PCS\"");
    assertThat(visit(admin, trial, onVersion2, "month-3").body()).contains("\"code\":\"PCS\"");
    HttpResponse<String> pcsOnVersion1 = Trials.saveVisit(admin, visitPath(trial, onVersion1, "month-3"),
        "{\"visitOn\":\"" + today + "\",\"instruments\":{\"PCS\":{\"pcs1\":1}}}");
    assertThat(pcsOnVersion1.statusCode()).as(pcsOnVersion1.body()).isEqualTo(422);
    assertThat(pcsOnVersion1.body()).contains("instruments.PCS", "is not collected at this visit");

    Files.writeString(arm, withPcs);
    expect(200, admin.postJson("api/protocols/reload", ""));
    assertThat(admin.get("api/studies/" + trial.study() + "/protocol/versions").body()).contains("\"sequence\":3");
    String month6 = visitPath(trial, onVersion2, "month-6");
    HttpResponse<String> dateOnly = Trials.saveVisit(admin, month6, "{\"visitOn\":\"" + today + "\",\"instruments\":{}}");
    assertThat(dateOnly.statusCode()).as(dateOnly.body()).isEqualTo(200);
    assertThat(dateOnly.body()).as("a date alone does not complete a visit that collects NPRS")
        .contains("\"data\":\"INCOMPLETE\"", "\"code\":\"NPRS\"");
    HttpResponse<String> nprs = Trials.saveVisit(admin, month6, "{\"visitOn\":\"" + today + "\",\"instruments\":{\"NPRS\":{\"nprs1\":3}},"
        + "\"reason\":\"Pain score returned\"}");
    assertThat(nprs.statusCode()).as(nprs.body()).isEqualTo(200);
    assertThat(nprs.body()).contains("\"data\":\"COMPLETE\"");

    expect(200, admin.postJson("api/studies/" + trial.study() + "/schedule-migration", "{\"reason\":\"Amendment 2: no 6-month visit\"}"));
    assertThat(admin.get("api/studies/" + trial.study() + "/patients/" + onVersion2).body()).contains("(version 3)");
    HttpResponse<String> dropped = Trials.saveVisit(admin, month6, "{\"visitOn\":\"" + today + "\",\"instruments\":{},"
        + "\"reason\":\"Correction\"}");
    assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(409);
    assertThat(dropped.body()).contains("month-6", "is not in the schedule of protocol", "nothing was saved")
        .doesNotContain("Exception");
    assertThat(visit(admin, trial, onVersion2, "month-6").body()).contains("\"data\":\"COMPLETE\"", "\"code\":\"NPRS\"");
  }

  private static String visitPath(Trials.Trial trial, String studyId, String visit) {
    return "api/studies/" + trial.study() + "/patients/" + studyId + "/visits/" + visit;
  }

  private static HttpResponse<String> visit(Http admin, Trials.Trial trial, String studyId, String visit) {
    return expect(200, admin.get(visitPath(trial, studyId, visit)));
  }

  private static String enroll(Http admin, Trials.Trial trial, String site) {
    long screening = Trials.screen(admin, trial.study(), site, Trials.spineCareScreening("low-back", true));
    return EnrollmentApiIT.field(expect(201, admin.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId");
  }

  private static String month3(Http admin, Trials.Trial trial, String studyId) {
    String body = admin.get("api/studies/" + trial.study() + "/patients/" + studyId + "/visits").body();
    return body.replaceAll("(?s).*\"code\":\"month-3\".*?\"target\":\"([0-9-]+)\".*", "$1");
  }
}
