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
