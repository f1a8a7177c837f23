package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Follow-up over REST: statuses on a controllable date, worklist, outcome entry with partial saves,
 * reasons for changes, locking under e-signature, contact attempts, completion measures and the
 * daily digest email (received by GreenMail).
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpApiIT {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(
      new ServerSetup(Integer.getInteger("it.mail.port", 18025), null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  Http coordinator;
  String site;
  String studyId;
  LocalDate enrolled;

  @BeforeEach
  void anEnrolledLowBackPatient() {
    trial = Trials.spineCare(base);
    site = trial.siteInArm("usual-care");
    coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    HttpResponse<String> r = expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1))));
    studyId = EnrollmentApiIT.field(r, "studyId");
    enrolled = Trials.today();
  }

  @Test
  void theThreeMonthVisitMovesFromUpcomingToMissedAsTheDaysPass() {
    assertThat(statusOfMonth3(enrolled)).isEqualTo("UPCOMING");
    assertThat(statusOfMonth3(enrolled.plusDays(77))).isEqualTo("WINDOW_OPEN");
    assertThat(statusOfMonth3(enrolled.plusDays(84))).isEqualTo("DUE_SOON");
    assertThat(statusOfMonth3(enrolled.plusDays(92))).isEqualTo("OVERDUE");
    assertThat(statusOfMonth3(enrolled.plusDays(120))).isEqualTo("MISSED");
    assertThat(coordinator.get(visits() + "?on=" + enrolled).body()).contains("\"code\":\"baseline\"", "\"status\":\"COMPLETED\"");
    assertThat(coordinator.get(visits() + "?on=23/11/2026").statusCode()).isEqualTo(400);
  }

  @Test
  void theWorklistShowsOpenDueAndOverdueVisitsOfTheCoordinatorsSites() {
    String worklist = "api/studies/" + trial.study() + "/worklist";

    assertThat(coordinator.get(worklist + "?on=" + enrolled).body()).isEqualTo("[]");
    assertThat(coordinator.get(worklist + "?on=" + enrolled.plusDays(70)).body()).as("target beyond 14 days").isEqualTo("[]");
    assertThat(coordinator.get(worklist + "?on=" + enrolled.plusDays(70) + "&days=30").body()).contains(studyId, "\"visit\":\"month-3\"", "UPCOMING");
    assertThat(coordinator.get(worklist + "?on=" + enrolled.plusDays(78)).body()).contains(studyId, "WINDOW_OPEN");
    assertThat(coordinator.get(worklist + "?on=" + enrolled.plusDays(95)).body()).contains(studyId, "OVERDUE");
    assertThat(coordinator.get(worklist + "?on=" + enrolled.plusDays(95) + "&days=0").body()).contains("OVERDUE");
    Http other = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + trial.siteInArm("ice")).http();
    assertThat(other.get(worklist + "?on=" + enrolled.plusDays(95)).body()).isEqualTo("[]");
  }

  @Test
  void outcomeDataArePartlySavedThenCompletedChangedWithAReasonLockedAndUnlocked() {
    String month3 = visits() + "/month-3";
    String partial = "{\"visitOn\":\"" + enrolled + "\",\"instruments\":{\"ODI\":{\"odi1\":2,\"odi2\":2}}}";

    HttpResponse<String> saved = save(month3, partial);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"data\":\"INCOMPLETE\"", "\"outOfWindow\":true");

    HttpResponse<String> noReason = save(month3, complete(2, null));
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("reason-required");

    HttpResponse<String> outOfRange = save(month3, complete(7, "typo"));
    assertThat(outOfRange.statusCode()).isEqualTo(422);
    assertThat(outOfRange.body()).contains("instruments.ODI.odi1");

    HttpResponse<String> completed = save(month3, complete(2, "Rest of the questionnaire returned"));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    assertThat(completed.body()).contains("\"data\":\"COMPLETE\"", "\"status\":\"COMPLETED_OUT_OF_WINDOW\"", "\"percent\":40.0", "\"total\":6");

    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    assertThat(dataManager.postJson(month3 + "/lock", "{\"password\":\"wrong\"}").statusCode()).isEqualTo(422);
    HttpResponse<String> locked = dataManager.postJson(month3 + "/lock", "{\"password\":\"" + ItUsers.PASSWORD + "\",\"meaning\":\"REVIEW\"}");
    assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
    assertThat(locked.body()).contains("\"locked\":true");
    assertThat(coordinator.postJson(month3 + "/lock", "{\"password\":\"" + ItUsers.PASSWORD + "\"}").statusCode()).isEqualTo(403);

    HttpResponse<String> whileLocked = save(month3, complete(3, "Correction"));
    assertThat(whileLocked.statusCode()).isEqualTo(409);
    assertThat(whileLocked.body()).contains("locked");

    expect(200, dataManager.postJson(month3 + "/unlock", "{\"reason\":\"Query from the monitor\"}"));
    assertThat(save(month3, complete(3, "Correction after query")).body()).contains("\"percent\":60.0");
    String audit = trial.admin().get("api/audit?study=" + trial.study() + "&entity=visit").body();
    assertThat(audit).contains("Query from the monitor", "Correction after query", "Rest of the questionnaire returned");
  }

  private HttpResponse<String> save(String visit, String body) {
    return Trials.saveVisit(coordinator, visit, body);
  }

  @Test
  void contactAttemptsAreKeptPerVisitAndAPatientCanBeMarkedUnreachable() {
    String contacts = visits() + "/month-3/contacts";
    expect(201, coordinator.postJson(contacts, "{\"attemptedOn\":\"" + enrolled + "\",\"method\":\"PHONE\",\"outcome\":\"NO_ANSWER\",\"note\":\"Voicemail full\"}"));
    assertThat(coordinator.postJson(contacts, "{\"attemptedOn\":\"" + enrolled + "\",\"method\":\"PIGEON\",\"outcome\":\"REACHED\"}").statusCode())
        .isEqualTo(400);
    assertThat(coordinator.get(contacts).body()).contains("NO_ANSWER", "Voicemail full");

    assertThat(coordinator.postJson("api/studies/" + trial.study() + "/patients/" + studyId + "/unreachable",
        "{\"value\":true,\"reason\":\"Five attempts without answer\"}").statusCode()).isEqualTo(204);
    assertThat(coordinator.get("api/studies/" + trial.study() + "/worklist?on=" + enrolled.plusDays(80)).body())
        .contains("\"unreachable\":true", "\"contactAttempts\":1");
  }

  @Test
  void completionCountsVisitsInWindowOutOfWindowMissedAndPending() {
    String completion = coordinator.get("api/studies/" + trial.study() + "/completion?on=" + enrolled.plusDays(500)).body();

    assertThat(completion).contains("\"visit\":\"baseline\"", "\"completedInWindow\":1", "\"visit\":\"month-12\"", "\"missed\":1");
  }

  @Test
  void withdrawnAndDeadPatientsVisitsAreCancelledNotMissedOrPendingOnEitherSideOfTheWindowsClose() {
    for (String status : java.util.List.of("WITHDRAWN", "DIED")) {
      long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
      String id = EnrollmentApiIT.field(expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
          Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)))), "studyId");
      expect(200, coordinator.postJson("api/studies/" + trial.study() + "/patients/" + id + "/status",
          "{\"status\":\"" + status + "\",\"effectiveOn\":\"" + enrolled + "\",\"reason\":\"Stopped the study\"}"));
    }
    // The 3-month window closes on day 119: the followed patient's visit is pending on that day, missed the next.
    String lastDay = month3Completion(enrolled.plusDays(119));
    String dayAfter = month3Completion(enrolled.plusDays(120));

    assertThat(lastDay).contains("\"pending\":1,", "\"missed\":0,", "\"cancelled\":2");
    assertThat(dayAfter).contains("\"pending\":0,", "\"missed\":1,", "\"cancelled\":2");
  }

  private String month3Completion(java.time.LocalDate on) {
    String all = coordinator.get("api/studies/" + trial.study() + "/completion?on=" + on).body();
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\{[^{}]*\"visit\":\"month-3\"[^{}]*}").matcher(all);
    assertThat(row.find()).as(all).isTrue();
    return row.group();
  }

  @Test
  void theDailyDigestMailsEachCoordinatorTheirDueVisitsOncePerDay() throws Exception {
    String dana = coordinatorWithEmail("Dana Coordinator", "dana");
    LocalDate day = enrolled.plusDays(85);

    HttpResponse<String> run = trial.admin().postJson(digest(day), "");
    HttpResponse<String> again = trial.admin().postJson(digest(day), "");

    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(run.body()).contains("\"ran\":true", "\"sent\":1", "\"failed\":0");
    assertThat(again.body()).contains("\"ran\":false", "already sent");
    MimeMessage mine = digestsTo(dana).stream().findFirst().orElseThrow();
    assertThat(digestsTo(dana)).hasSize(1);
    assertThat(GreenMailUtil.getBody(mine)).contains("3-month follow-up", "due soon").doesNotContain("Lovelace");
  }

  @Test
  void aRecipientWhoseSendFailedGetsTheDigestWhenTheRunIsResumedAndNobodyGetsItTwice() throws Exception {
    String ana = coordinatorWithEmail("Ana Coordinator", "ana");
    LocalDate day = enrolled.plusDays(85);
    assertThat(trial.admin().postJson(digest(day), "").body()).contains("\"sent\":1");
    assertThat(digestsTo(ana)).hasSize(1);

    String ben = coordinatorWithEmail("Ben Coordinator", "ben");
    MAIL.stop();
    HttpResponse<String> outage = trial.admin().postJson(digest(day), "");
    MAIL.start();
    HttpResponse<String> resumed = trial.admin().postJson(digest(day), "");
    HttpResponse<String> after = trial.admin().postJson(digest(day), "");

    assertThat(outage.body()).contains("\"sent\":0", "\"alreadySent\":1", "\"failed\":1", "the next run retries them");
    assertThat(resumed.body()).contains("\"ran\":true", "\"sent\":1", "\"alreadySent\":1", "\"failed\":0");
    assertThat(after.body()).contains("\"ran\":false", "already sent");
    assertThat(digestsTo(ben)).as("Ben's digest, once, after the outage").hasSize(1);
    assertThat(digestsTo(ana)).as("Ana already had hers before the outage").isEmpty();
  }

  @Test
  void todayIsTheStudysDayOnTheServersClockNotTheMachinesOrUtcs() {
    LocalDate utcToday = LocalDate.ofInstant(java.time.Instant.parse(System.getProperty("it.clock.start")), java.time.ZoneOffset.UTC);
    assertThat(utcToday).as("the IT clock starts in the evening at the clinics, when UTC is a day ahead")
        .isEqualTo(Trials.today().plusDays(1));

    HttpResponse<String> digestToday = trial.admin().postJson("api/jobs/visit-digest?study=" + trial.study(), "");
    String siteView = trial.admin().get("api/studies/" + trial.study() + "/sites/" + site).body();

    assertThat(digestToday.body()).contains("\"day\":\"" + Trials.today() + "\"");
    assertThat(siteView).contains("\"activatedOn\":\"" + Trials.today() + "\"");
    assertThat(statusOfMonth3(null)).isEqualTo("UPCOMING");
    assertThat(coordinator.get(visits()).body()).contains("\"code\":\"baseline\"", "\"status\":\"COMPLETED\"");
  }

  /** A second coordinator of the patient's site, with an email address unique to this study. */
  private String coordinatorWithEmail(String fullName, String name) {
    ItUsers.User user = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site);
    String email = name + "." + trial.study().toLowerCase(java.util.Locale.ROOT) + "@example.org";
    expect(200, trial.admin().putJson("api/users/" + user.username(), "{\"fullName\":\"" + fullName + "\",\"email\":\""
        + email + "\",\"roles\":[\"COORDINATOR\"],\"sites\":[{\"study\":\"" + trial.study() + "\",\"site\":\"" + site
        + "\"}],\"active\":true,\"unlock\":false,\"reason\":\"Digest recipient\"}"));
    return email;
  }

  private String digest(LocalDate day) {
    return "api/jobs/visit-digest?study=" + trial.study() + "&on=" + day;
  }

  /** The digests of this test's patient GreenMail received for {@code email}. */
  private java.util.List<MimeMessage> digestsTo(String email) throws jakarta.mail.MessagingException {
    java.util.List<MimeMessage> mine = new java.util.ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessagesForDomain("example.org")) {
      if (m.getAllRecipients()[0].toString().equals(email) && GreenMailUtil.getBody(m).contains(studyId)) {
        mine.add(m);
      }
    }
    return mine;
  }

  @Test
  void aDataManagerRaisesAQueryTheClinicAnswersItAndTheDataManagerReopensThenClosesIt() {
    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    String queries = "api/studies/" + trial.study() + "/queries";

    HttpResponse<String> wrongField = dataManager.postJson(queries, raise("baseline", "PHQ9.phq1", "Check this"));
    assertThat(wrongField.statusCode()).as(wrongField.body()).isEqualTo(422);
    assertThat(wrongField.body()).contains("\"field\"", "ODI");
    assertThat(dataManager.postJson(queries, raise("baseline", "ODI.odi3", " ")).statusCode()).as("a blank question is a missing field").isEqualTo(400);
    assertThat(coordinator.postJson(queries, raise("baseline", "ODI.odi3", "Check item 3")).statusCode()).isEqualTo(403);

    HttpResponse<String> raised = expect(201, dataManager.postJson(queries, raise("baseline", "ODI.odi3",
        "Item 3 says 5 but the paper form says 1: please check")));
    JsonObject q = json(raised);
    long id = q.getJsonNumber("id").longValue();
    assertThat(raised.headers().firstValue("Location").orElseThrow()).endsWith("/queries/" + id);
    assertThat(q.getString("status")).isEqualTo("OPEN");
    assertThat(q.getString("site")).isEqualTo(site);
    assertThat(q.getString("patient")).isEqualTo(studyId);
    assertThat(q.getString("field")).isEqualTo("ODI.odi3");
    long raisedVersion = q.getJsonNumber("version").longValue();
    String query = queries + "/" + id;

    assertThat(coordinator.get(queries + "?status=OPEN").body()).contains("\"id\":" + id, "paper form");
    assertThat(coordinator.get(queries + "?status=CLOSED").body()).isEqualTo("[]");
    assertThat(coordinator.get(queries + "?status=resolved").statusCode()).isEqualTo(400);
    assertThat(coordinator.get(visits() + "/baseline/queries").body()).contains("\"id\":" + id);
    assertThat(dataManager.postJson(query + "/close", "{\"version\":" + (raisedVersion + 7) + "}").statusCode()).isEqualTo(409);

    JsonObject answered = json(expect(200, coordinator.postJson(query + "/answer",
        "{\"text\":\"Corrected to 1 from the paper form\",\"version\":" + raisedVersion + "}")));
    assertThat(answered.getString("status")).isEqualTo("ANSWERED");
    assertThat(answered.getString("answer")).isEqualTo("Corrected to 1 from the paper form");
    HttpResponse<String> stale = coordinator.postJson(query + "/answer", "{\"text\":\"Again\",\"version\":" + raisedVersion + "}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("query-changed");
    long answeredVersion = answered.getJsonNumber("version").longValue();
    HttpResponse<String> twice = coordinator.postJson(query + "/answer", "{\"text\":\"Again\",\"version\":" + answeredVersion + "}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("query-state", "already answered");
    assertThat(coordinator.postJson(query + "/close", "{\"version\":" + answeredVersion + "}").statusCode()).isEqualTo(403);

    JsonObject reopened = json(expect(200, dataManager.postJson(query + "/reopen",
        "{\"text\":\"Please also check item 4\",\"version\":" + answeredVersion + "}")));
    assertThat(reopened.getString("status")).isEqualTo("OPEN");
    assertThat(reopened.getString("question")).isEqualTo("Please also check item 4");
    assertThat(reopened.get("answer")).as("no answer to the follow-up yet").isIn(null, jakarta.json.JsonValue.NULL);
    JsonObject again = json(expect(200, coordinator.postJson(query + "/answer",
        "{\"text\":\"Item 4 is right\",\"version\":" + reopened.getJsonNumber("version") + "}")));
    JsonObject closed = json(expect(200, dataManager.postJson(query + "/close",
        "{\"note\":\"Resolved\",\"version\":" + again.getJsonNumber("version") + "}")));
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonArray("notes").stream().map(n -> n.asJsonObject().getString("step")).toList())
        .containsExactly("RAISED", "ANSWERED", "REOPENED", "ANSWERED", "CLOSED");
    assertThat(json(dataManager.get(query)).getString("status")).as("a fresh read").isEqualTo("CLOSED");
    assertThat(dataManager.postJson(query + "/close", "{\"version\":" + closed.getJsonNumber("version") + "}").statusCode())
        .isEqualTo(409);

    String audit = trial.admin().get("api/audit?study=" + trial.study() + "&entity=query&entityId=" + id).body();
    assertThat(audit).contains("paper form", "Corrected to 1 from the paper form", "Please also check item 4", "Item 4 is right",
        "Query closed as resolved", "\"CLOSED\"");
  }

  @Test
  void aCoordinatorOfAnotherClinicFindsNoQueryOfThisClinicAndInvestigatorsReadNoQueries() {
    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    String queries = "api/studies/" + trial.study() + "/queries";
    JsonObject q = json(expect(201, dataManager.postJson(queries, raise("baseline", null, "Was the visit on this date?"))));
    String query = queries + "/" + q.getJsonNumber("id");
    String otherSite = trial.siteInArm("ice");
    Http other = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + otherSite).http();
    Http investigator = ItUsers.create(base, "INVESTIGATOR", trial.study() + "/" + site).http();

    assertThat(other.get(queries).body()).isEqualTo("[]");
    assertThat(other.get(queries + "?site=" + site).statusCode()).isEqualTo(404);
    assertThat(other.get(query).statusCode()).isEqualTo(404);
    HttpResponse<String> answer = other.postJson(query + "/answer", "{\"text\":\"Yes\",\"version\":" + q.getJsonNumber("version") + "}");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain(studyId);
    assertThat(other.get(visits() + "/baseline/queries").statusCode()).isEqualTo(404);
    assertThat(investigator.get(queries).statusCode()).isEqualTo(403);
    assertThat(investigator.get(query).statusCode()).isEqualTo(403);
    assertThat(json(coordinator.get(query)).getString("status")).as("unchanged").isEqualTo("OPEN");
  }

  private String raise(String visitCode, String field, String question) {
    return "{\"patient\":\"%s\",\"visit\":\"%s\",%s\"question\":\"%s\"}".formatted(studyId, visitCode,
        field == null ? "" : "\"field\":\"" + field + "\",", question);
  }

  private static jakarta.json.JsonObject json(HttpResponse<String> r) {
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
  }

  private String statusOfMonth3(LocalDate on) {
    String body = coordinator.get(visits() + (on == null ? "" : "?on=" + on)).body();
    return body.replaceAll("(?s).*\"code\":\"month-3\".*?\"status\":\"([A-Z_]+)\".*", "$1");
  }

  private String complete(int value, String reason) {
    StringBuilder odi = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      odi.append(i > 1 ? "," : "").append("\"odi").append(i).append("\":").append(value);
    }
    return "{\"visitOn\":\"" + enrolled + "\",\"instruments\":{\"ODI\":{" + odi + "},\"NPRS\":{\"nprs1\":6}}"
        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
  }

  private String visits() {
    return "api/studies/" + trial.study() + "/patients/" + studyId + "/visits";
  }
}
