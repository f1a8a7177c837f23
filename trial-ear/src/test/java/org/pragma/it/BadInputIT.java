package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input an outside probe sends: absurd dates, numbers that do not fit, deep JSON, megabyte texts and
 * control characters. Each row is refused with a 4xx problem document naming what is wrong, and
 * nothing is stored. Run on H2 and on PostgreSQL (which refuses NUL in text and far dates itself).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
  private static final String FAR_FUTURE = "+999999999-12-31";
  private static final String FAR_PAST = "-999999999-01-01";
  /** {@link #FAR_FUTURE} in a query string, where a bare '+' would read as a space. */
  private static final String FAR_FUTURE_Q = "%2B999999999-12-31";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  Http admin;

  @BeforeEach
  void aRandomizedStudy() {
    trial = Trials.spineCare(base);
    admin = trial.admin();
  }

  /** One bad request and what the answer must say. */
  record Row(String what, HttpResponse<String> response, int status, String names) {}

  private static void assertRefused(List<Row> rows) {
    for (Row row : rows) {
      HttpResponse<String> r = row.response();
      assertThat(r.statusCode()).as(row.what() + ": " + r.body()).isEqualTo(row.status());
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(row.what()).startsWith("application/problem+json");
      assertThat(r.body()).as(row.what()).contains(row.names()).doesNotContain("Exception", "internal-error");
    }
  }

  @Test
  void absurdQueryDatesAreRefusedNamingTheParameter() {
    String study = "api/studies/" + trial.study();
    assertRefused(List.of(
        new Row("worklist far future", admin.get(study + "/worklist?on=" + FAR_FUTURE_Q), 400, "'on'"),
        new Row("worklist far past", admin.get(study + "/worklist?on=" + FAR_PAST), 400, "'on'"),
        new Row("worklist before 1900", admin.get(study + "/worklist?on=1899-12-31"), 400, "'on'"),
        new Row("completion far future", admin.get(study + "/completion?on=" + FAR_FUTURE_Q), 400, "'on'"),
        new Row("audit to far future", admin.get("api/audit?to=" + FAR_FUTURE_Q), 400, "'to'"),
        new Row("audit from far past", admin.get("api/audit?from=" + FAR_PAST), 400, "'from'"),
        new Row("audit export from far past", admin.get("api/audit/export?from=" + FAR_PAST), 400, "'from'")));
    assertThat(admin.get(study + "/worklist?on=2200-12-31").statusCode()).isEqualTo(200);
    assertThat(admin.get("api/audit?from=1900-01-01&to=2200-12-31&max=1").statusCode()).isEqualTo(200);
  }

  @Test
  void deeplyNestedJsonIsRefusedAndTheServerStillAnswers() {
    String arrays = "[".repeat(50_000) + "]".repeat(50_000);
    String objects = "{\"name\":".repeat(50_000) + "1" + "}".repeat(50_000);
    String sites = "api/studies/" + trial.study() + "/sites";
    assertRefused(List.of(
        new Row("arrays 50,000 deep", admin.postJson(sites, arrays), 400, "nested"),
        new Row("objects 50,000 deep", admin.postJson(sites, objects), 400, "nested"),
        new Row("objects 50,000 deep in covariates", admin.postJson(sites,
            "{\"code\":\"S9\",\"name\":\"Deep\",\"covariates\":" + objects + "}"), 400, "nested")));
    expect(201, admin.postJson(sites, "{\"code\":\"S9\",\"name\":\"Shallow\",\"covariates\":{\"health-system\":\"vanderbilt\","
        + "\"annual-spine-visits\":\"400\"}}"));
  }

  @Test
  void numbersAndYesNoAnswersThatDoNotFitAreRefusedNotCoerced() {
    String sites = "api/studies/" + trial.study() + "/sites";
    Enrolled patient = enrolledPatient();
    String unreachable = "api/studies/" + trial.study() + "/patients/" + patient.studyId() + "/unreachable";
    assertRefused(List.of(
        new Row("target beyond int", admin.postJson(sites, site("S7", "99999999999")), 400, "\"field\":\"enrollmentTarget\""),
        new Row("target 1e400", admin.postJson(sites, site("S7", "1e400")), 400, "\"field\":\"enrollmentTarget\""),
        new Row("target 1.5", admin.postJson(sites, site("S7", "1.5")), 400, "\"field\":\"enrollmentTarget\""),
        new Row("target as text", admin.postJson(sites, site("S7", "\"many\"")), 400, "\"field\":\"enrollmentTarget\""),
        new Row("target on change", admin.putJson(sites + "/S1", "{\"name\":\"Clinic S1\",\"enrollmentTarget\":1e400,"
            + "\"covariates\":{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"317\"},\"reason\":\"target\"}"),
            400, "\"field\":\"enrollmentTarget\""),
        new Row("unreachable maybe", patient.http().postJson(unreachable, "{\"value\":\"maybe\",\"reason\":\"unsure\"}"),
            400, "\"field\":\"value\""),
        new Row("unreachable 1", patient.http().postJson(unreachable, "{\"value\":1,\"reason\":\"unsure\"}"), 400, "\"field\":\"value\"")));
    assertThat(admin.get(sites + "/S7").statusCode()).isEqualTo(404);
    assertThat(admin.get("api/studies/" + trial.study() + "/patients/" + patient.studyId()).body())
        .doesNotContain("\"unreachable\":true");
    expect(201, admin.postJson(sites, site("S7", "2147483647")));
  }

  @Test
  void overlongTextAndControlCharactersAreRefusedNamingTheField() {
    String sites = "api/studies/" + trial.study() + "/sites";
    String megabyte = "x".repeat(1_000_000);
    Enrolled patient = enrolledPatient();
    String patientPath = "api/studies/" + trial.study() + "/patients/" + patient.studyId();
    assertRefused(List.of(
        new Row("name of 201", admin.postJson(sites, named("S8", "n".repeat(201))), 422, "\"field\":\"name\""),
        new Row("NUL in a name", admin.postJson(sites, named("S8", "Clinic\\u0000S8")), 422, "\"field\":\"name\""),
        new Row("bell in a name", admin.postJson(sites, named("S8", "Clinic\\u0007S8")), 422, "\"field\":\"name\""),
        new Row("newline in a name", admin.postJson(sites, named("S8", "Clinic\\nS8")), 422, "\"field\":\"name\""),
        new Row("NUL in a location", admin.postJson(sites, "{\"code\":\"S8\",\"name\":\"Clinic S8\",\"location\":\"a\\u0000b\"}"),
            422, "\"field\":\"location\""),
        new Row("1 MB unreachable reason", patient.http().postJson(patientPath + "/unreachable",
            "{\"value\":true,\"reason\":\"" + megabyte + "\"}"), 422, "\"field\":\"reason\""),
        new Row("NUL in unreachable reason", patient.http().postJson(patientPath + "/unreachable",
            "{\"value\":true,\"reason\":\"lost\\u0000\"}"), 422, "\"field\":\"reason\""),
        new Row("1 MB status reason", patient.http().postJson(patientPath + "/status",
            "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\"" + Trials.today() + "\",\"reason\":\"" + megabyte + "\"}"),
            422, "\"field\":\"reason\""),
        new Row("1 MB contact note", patient.http().postJson(patientPath + "/visits/month-3/contacts",
            "{\"attemptedOn\":\"" + Trials.today() + "\",\"method\":\"PHONE\",\"outcome\":\"NO_ANSWER\",\"note\":\"" + megabyte + "\"}"),
            422, "\"field\":\"note\""),
        new Row("1 MB site change reason", admin.putJson(sites + "/S1", "{\"name\":\"Clinic S1\",\"covariates\":{\"health-system\":"
            + "\"vanderbilt\",\"annual-spine-visits\":\"317\"},\"reason\":\"" + megabyte + "\"}"), 422, "\"field\":\"reason\""),
        new Row("1 MB screening correction reason", patient.http().putJson("api/studies/" + trial.study() + "/sites/"
            + patient.site() + "/screenings/" + patient.screening(), Trials.spineCareScreening("low-back", true)
            .replaceFirst("}$", ",\"reason\":\"" + megabyte + "\"}")), 422, "\"field\":\"reason\""),
        new Row("1 MB user name", admin.postJson("api/users", "{\"username\":\"long-name\",\"fullName\":\"" + megabyte
            + "\",\"password\":\"" + ItUsers.PASSWORD + "\",\"roles\":[\"INVESTIGATOR\"]}"), 422, "\"field\":\"fullName\"")));
    assertThat(admin.get(sites + "/S8").statusCode()).isEqualTo(404);
    assertThat(patient.http().get(patientPath).body()).contains("\"status\":\"ENROLLED\"");
    expect(204, patient.http().postJson(patientPath + "/unreachable", "{\"value\":true,\"reason\":\"Moved away.\\n\\tNo new number.\"}"));
  }

  @Test
  void implausibleScreeningAndContactDatesAreRefused() {
    Enrolled patient = enrolledPatient();
    String screenings = "api/studies/" + trial.study() + "/sites/" + patient.site() + "/screenings";
    String contacts = "api/studies/" + trial.study() + "/patients/" + patient.studyId() + "/visits/month-3/contacts";
    LocalDate today = Trials.today();
    assertRefused(List.of(
        new Row("screened in year 999999999", patient.http().postJson(screenings, screenedOn(FAR_FUTURE)), 422, "\"field\":\"screenedOn\""),
        new Row("screened in year -999999999", patient.http().postJson(screenings, screenedOn(FAR_PAST)), 422, "\"field\":\"screenedOn\""),
        new Row("screened in 30 days", patient.http().postJson(screenings, screenedOn(today.plusDays(30).toString())), 422,
            "\"field\":\"screenedOn\""),
        new Row("screened in 1901", patient.http().postJson(screenings, screenedOn("1901-01-01")), 422, "\"field\":\"screenedOn\""),
        new Row("correction to the far future", patient.http().putJson(screenings + "/" + patient.screening(),
            screenedOn(FAR_FUTURE).replaceFirst("}$", ",\"reason\":\"typo\"}")), 422, "\"field\":\"screenedOn\""),
        new Row("contact in year -999999999", patient.http().postJson(contacts, contact(FAR_PAST)), 422, "\"field\":\"attemptedOn\""),
        new Row("contact before enrollment", patient.http().postJson(contacts, contact(today.minusDays(1).toString())), 422,
            "\"field\":\"attemptedOn\""),
        new Row("contact tomorrow", patient.http().postJson(contacts, contact(today.plusDays(1).toString())), 422,
            "\"field\":\"attemptedOn\""),
        new Row("born in year -999999999", patient.http().postJson("api/studies/" + trial.study() + "/sites/" + patient.site()
            + "/patients", Trials.spineCareEnrollment(Trials.screen(patient.http(), trial.study(), patient.site(),
            Trials.spineCareScreening("low-back", true)), Trials.newMrn(), Trials.spineCareBaseline(0, 1))
            .replace("\"dateOfBirth\":\"1975-12-10\"", "\"dateOfBirth\":\"" + FAR_PAST + "\"")), 422, "\"field\":\"dateOfBirth\"")));
    assertThat(patient.http().get(screenings).body()).doesNotContain("999999", "1901-01-01", today.plusDays(30).toString());
    assertThat(patient.http().get(contacts).body()).isEqualTo("[]");
  }

  @Test
  void usersCannotBeAssignedToSitesOrStudiesThatDoNotExist() {
    String user = "{\"username\":\"%s\",\"fullName\":\"Dana\",\"password\":\"" + ItUsers.PASSWORD
        + "\",\"roles\":[\"COORDINATOR\"],\"sites\":[{\"study\":\"%s\",\"site\":\"%s\"}]}";
    String name = "dana-" + Long.toHexString(System.nanoTime());
    assertRefused(List.of(
        new Row("site not registered yet", admin.postJson("api/users", user.formatted(name, trial.study(), "S99")), 422, "S99"),
        new Row("study that does not exist", admin.postJson("api/users", user.formatted(name, "NO-SUCH-STUDY", "S1")), 422,
            "NO-SUCH-STUDY")));
    assertThat(admin.get("api/users/" + name).statusCode()).isEqualTo(404);
    expect(201, admin.postJson("api/users", user.formatted(name, trial.study(), "S1")));
    assertRefused(List.of(new Row("change to a site not registered", admin.putJson("api/users/" + name,
        "{\"fullName\":\"Dana\",\"roles\":[\"COORDINATOR\"],\"sites\":[{\"study\":\"" + trial.study() + "\",\"site\":\"S99\"}],"
            + "\"active\":true,\"reason\":\"new clinic\"}"), 422, "S99")));
  }

  @Test
  void bodiesOverTheLimitAreRefusedWith413AndNothingIsWritten() {
    String sites = "api/studies/" + trial.study() + "/sites";
    String twoMegabytes = named("S21", "n".repeat(2 << 20));
    long before = writes();
    assertRefused(List.of(
        new Row("2 MB of JSON, length declared", admin.postJson(sites, twoMegabytes), 413, "at most 1 MiB"),
        new Row("2 MB of JSON, streamed without a length", admin.postStreamed(sites, "application/json",
            () -> new java.io.ByteArrayInputStream(twoMegabytes.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            413, "at most 1 MiB")));
    assertThat(writes()).isEqualTo(before);
    assertThat(admin.get(sites + "/S21").statusCode()).isEqualTo(404);
    expect(201, admin.postJson(sites, named("S21", "Clinic S21")));
  }

  /**
   * Seeded mutations of every kind of payload a user sends (sites, screenings, enrollments, status,
   * contacts, visit data, users): never a 500 or a stack trace, always a problem document when refused,
   * and nothing written when refused. Another seed: {@code -Dfuzz.seed=N}.
   */
  @Test
  void mutatedPayloadsAreRefusedCleanlyAndWriteNothing() throws java.sql.SQLException {
    long seed = Long.getLong("fuzz.seed", 20_261_124L);
    int perPayload = Integer.getInteger("fuzz.mutations", 15);
    JsonMutations mutations = new JsonMutations(seed);
    Enrolled patient = enrolledPatient();
    String study = "api/studies/" + trial.study();
    String patientPath = study + "/patients/" + patient.studyId();
    String screenings = study + "/sites/" + patient.site() + "/screenings";
    long eligible = Trials.screen(patient.http(), trial.study(), patient.site(), Trials.spineCareScreening("low-back", true));
    record Payload(Http http, String method, String path, String json) {}
    List<Payload> payloads = List.of(
        new Payload(admin, "POST", study + "/sites", site("S30", "40")),
        new Payload(admin, "PUT", study + "/sites/S1", "{\"name\":\"Clinic S1\",\"enrollmentTarget\":50,\"covariates\":"
            + "{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"317\"},\"reason\":\"New target\"}"),
        new Payload(patient.http(), "POST", screenings, Trials.spineCareScreening("low-back", true)),
        new Payload(patient.http(), "POST", study + "/sites/" + patient.site() + "/patients",
            Trials.spineCareEnrollment(eligible, Trials.newMrn(), Trials.spineCareBaseline(0, 1))),
        new Payload(patient.http(), "POST", patientPath + "/unreachable", "{\"value\":true,\"reason\":\"No answer\"}"),
        new Payload(patient.http(), "POST", patientPath + "/visits/month-3/contacts", contact(Trials.today().toString())),
        new Payload(patient.http(), "PUT", patientPath + "/visits/month-3", "{\"visitOn\":\"" + Trials.today() + "\",\"instruments\":"
            + "{\"ODI\":{\"odi1\":1,\"odi2\":1,\"odi3\":1,\"odi4\":1,\"odi5\":1,\"odi6\":1,\"odi7\":1,\"odi8\":1,\"odi9\":1,"
            + "\"odi10\":1},\"NPRS\":{\"nprs1\":3}}}"),
        new Payload(patient.http(), "POST", patientPath + "/status", "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\""
            + Trials.today() + "\",\"reason\":\"Asked to stop\"}"),
        new Payload(admin, "POST", "api/users", "{\"username\":\"fuzzed\",\"fullName\":\"Fuzz\",\"password\":\""
            + ItUsers.PASSWORD + "\",\"roles\":[\"COORDINATOR\"],\"sites\":[{\"study\":\"" + trial.study()
            + "\",\"site\":\"S1\"}]}"));
    int refused = 0;
    try (java.sql.Connection db = Database.connect()) {
      for (Payload p : payloads) {
        for (int i = 0; i < perPayload; i++) {
          String body = mutations.mutate(p.json());
          long before = writes(db);
          HttpResponse<String> r = p.http().json(p.method(), p.path(), body);
          String what = "seed " + seed + ", " + p.method() + " " + p.path() + " with " + abbreviated(body) + " -> " + r.statusCode()
              + " " + abbreviated(r.body());
          assertThat(r.statusCode()).as(what).isLessThan(500);
          assertThat(r.body()).as(what).doesNotContain("Exception", "\tat ", "internal-error", "org.pragma.");
          if (r.statusCode() >= 400) {
            refused++;
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
            assertThat(writes(db)).as("nothing written: " + what).isEqualTo(before);
          }
        }
      }
    }
    assertThat(refused).as("most mutations are refused").isGreaterThan(payloads.size() * perPayload / 2);
  }

  /** A number that grows with every write the fuzzed endpoints can make: audit records, users, and each site's change number. */
  private static long writes() {
    try (java.sql.Connection db = Database.connect()) {
      return writes(db);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long writes(java.sql.Connection db) {
    // An audit entry is pending until the sealer moves it into the chain: the two tables together only grow by writes,
    // when both are read in one snapshot. H2 reads each subquery at its own moment under READ COMMITTED (a batch sealed
    // in between was counted twice), so the counts are read in one REPEATABLE READ transaction.
    try {
      boolean autoCommit = db.getAutoCommit();
      int isolation = db.getTransactionIsolation();
      db.setAutoCommit(false);
      db.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return Database.count(db, "select (select count(*) from audit_record) + (select count(*) from audit_pending)"
            + " + (select count(*) from app_user)"
            + " + (select coalesce(sum(changes), 0) from site_change) + (select coalesce(sum(version), 0) from site)"
            + " + (select count(*) from contact_attempt)");
      } finally {
        db.commit();
        db.setTransactionIsolation(isolation);
        db.setAutoCommit(autoCommit);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  /** An enrolled SPINE CARE patient and a coordinator of its site. */
  record Enrolled(Http http, String site, long screening, String studyId) {}

  private Enrolled enrolledPatient() {
    String site = trial.siteInArm("usual-care");
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    HttpResponse<String> r = expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1))));
    return new Enrolled(coordinator, site, screening, EnrollmentApiIT.field(r, "studyId"));
  }

  private static String site(String code, String target) {
    return "{\"code\":\"" + code + "\",\"name\":\"Clinic " + code + "\",\"enrollmentTarget\":" + target
        + ",\"covariates\":{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"400\"}}";
  }

  private static String named(String code, String name) {
    return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"covariates\":{\"health-system\":\"vanderbilt\","
        + "\"annual-spine-visits\":\"400\"}}";
  }

  private static String screenedOn(String date) {
    return Trials.spineCareScreening("low-back", true).replaceFirst("\"screenedOn\":\"[^\"]+\"", "\"screenedOn\":\"" + date + "\"");
  }

  private static String contact(String date) {
    return "{\"attemptedOn\":\"" + date + "\",\"method\":\"PHONE\",\"outcome\":\"NO_ANSWER\"}";
  }
}
