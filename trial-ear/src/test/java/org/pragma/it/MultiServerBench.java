package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checks of {@code bench/multi-server.sh} (never part of {@code verify}; no Arquillian
 * deployment): two instances of one Payara deployment group, {@code multi.a} and {@code multi.b},
 * on one PostgreSQL database, driven over REST. Each check prints PASS or FAIL with what it saw;
 * the test fails when any check does. The figures go to {@code target/bench/multi-server.txt}.
 */
class MultiServerBench {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(
      new ServerSetup(Integer.getInteger("it.mail.port", 26025), null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  private final URL a = url("multi.a");
  private final URL b = url("multi.b");
  private final List<String> lines = new ArrayList<>();
  private int failures;

  @Test
  void twoInstancesOfOneDeploymentGroupWorkAsOneServer() throws Exception {
    line("Instances: A " + a + ", B " + b);
    check("first admin created once, signs in on both", () -> {
      HttpResponse<String> users = ItUsers.admin(a).get("api/users");
      long admins = users.body().split("\"username\":\"admin\"", -1).length - 1;
      ItUsers.admin(b).get("api/users");
      return admins == 1 ? pass("one account 'admin', tokens on A and B") : fail(admins + " admin accounts: " + users.body());
    });
    check("token from A valid on B", this::tokenFromAValidOnB);
    check("concurrent enrollment through A and B at the same clinics", this::enrollThroughBoth);
    check("user deactivated on A refused on B at the next request", this::deactivatedOnARefusedOnB);
    check("user locked on A (5 wrong passwords) refused on B", this::lockedOnARefusedOnB);
    check("clinic taken from a coordinator on A is refused to them on B at the next request", this::unassignedOnARefusedOnB);
    check("clinic closed on A refuses enrollment on B at once", this::closedOnARefusedOnB);
    check("visit digest run on A and B together: each coordinator gets exactly one", this::oneDigestPerDay);
    check("audit chain verifies on A and on B", this::auditChainOnBoth);
    check("throughput: one instance vs both", this::throughput);

    Path out = Path.of("target", "bench", "multi-server.txt");
    Files.createDirectories(out.getParent());
    Path start = Path.of("target", "bench", "multi-server.txt.start");
    String header = Files.exists(start) ? Files.readString(start) : "";
    Files.writeString(out, header + String.join("\n", lines) + "\n");
    assertThat(failures).as(String.join("\n", lines)).isZero();
  }

  private String tokenFromAValidOnB() {
    ItUsers.User user = ItUsers.create(a, "DATA_MANAGER");
    Http onA = user.http();
    HttpResponse<String> r = onA.on(b).get("api/studies");
    return r.statusCode() == 200 ? pass("GET api/studies on B with A's token: 200") : fail("B answered " + r.statusCode() + " " + r.body());
  }

  private String enrollThroughBoth() throws Exception {
    int clients = Integer.getInteger("multi.clients", 12);
    LoadDriver load = new LoadDriver(List.of(a, b), clients, 6, Duration.ofSeconds(Integer.getInteger("multi.seconds", 20)));
    LoadDriver.Report report = load.run();
    line(indent(report.text()));
    List<String> problems = verify(load);
    if (report.errors() != 0 || !problems.isEmpty() || report.enrolled().isEmpty()) {
      return fail(report.errors() + " errors, database: " + problems);
    }
    return pass(report.enrolled().size() + " enrollments at 6 clinics by " + clients + " clients (the first 6 through A, the next 6"
        + " through B, and so on: with 12 or more each clinic is worked through both; the study was set up through A): each acknowledged enrollment stored once and complete,"
        + " study IDs gap-free per clinic");
  }

  private String deactivatedOnARefusedOnB() {
    ItUsers.User user = ItUsers.create(a, "DATA_MANAGER");
    Http onB = user.http().on(b);
    int before = onB.get("api/studies").statusCode();
    HttpResponse<String> off = ItUsers.admin(a).putJson("api/users/" + user.username(), "{\"fullName\":\"Test DATA_MANAGER\","
        + "\"roles\":[\"DATA_MANAGER\"],\"sites\":[],\"active\":false,\"unlock\":false,\"reason\":\"Left the trial team\"}");
    int after = onB.get("api/studies").statusCode();
    int newToken = Http.anonymous(b).postJson("api/auth/token", Http.credentials(user.username(), user.password())).statusCode();
    return before == 200 && off.statusCode() == 200 && after == 401 && newToken == 401
        ? pass("B: 200 before, then 401 with the token and 401 for a new one")
        : fail("B before " + before + ", deactivation on A " + off.statusCode() + " " + off.body() + ", B after " + after
            + ", new token on B " + newToken);
  }

  private String lockedOnARefusedOnB() {
    ItUsers.User user = ItUsers.create(a, "DATA_MANAGER");
    Http onB = user.http().on(b);
    int before = onB.get("api/studies").statusCode();
    for (int i = 0; i < 5; i++) {
      Http.anonymous(a).postJson("api/auth/token", Http.credentials(user.username(), "wrong password " + i));
    }
    int after = onB.get("api/studies").statusCode();
    HttpResponse<String> newToken = Http.anonymous(b).postJson("api/auth/token", Http.credentials(user.username(), user.password()));
    return before == 200 && newToken.statusCode() == 401 && after == 401
        ? pass("B: 200 before; after A's lock 401 with the token and 401 for a new one with the right password")
        : fail("B before " + before + ", B after " + after + ", new token on B " + newToken.statusCode() + " " + newToken.body());
  }

  private String unassignedOnARefusedOnB() {
    Trials.Trial trial = Trials.spineCare(a);
    ItUsers.User user = ItUsers.create(a, "COORDINATOR", trial.study() + "/S1", trial.study() + "/S2");
    Http onB = user.http().on(b);
    String s2 = "api/studies/" + trial.study() + "/sites/S2/patients";
    int before = onB.get(s2).statusCode();
    HttpResponse<String> change = trial.admin().putJson("api/users/" + user.username(), "{\"fullName\":\"Test COORDINATOR\","
        + "\"roles\":[\"COORDINATOR\"],\"sites\":[{\"study\":\"" + trial.study() + "\",\"site\":\"S1\"}],\"active\":true,"
        + "\"unlock\":false,\"reason\":\"Moved to clinic S1 only\"}");
    int after = onB.get(s2).statusCode();
    int stillS1 = onB.get("api/studies/" + trial.study() + "/sites/S1/patients").statusCode();
    return before == 200 && change.statusCode() == 200 && after == 404 && stillS1 == 200
        ? pass("B: S2's patients 200 before, 404 right after A removed S2 (S1 still 200)")
        : fail("B before " + before + ", change on A " + change.statusCode() + " " + shortly(change.body()) + ", B after " + after
            + ", S1 " + stillS1);
  }

  private String closedOnARefusedOnB() {
    Trials.Trial trial = Trials.spineCare(a);
    String site = "S1";
    String sitePath = "api/studies/" + trial.study() + "/sites/" + site;
    Http coordinator = ItUsers.create(a, "COORDINATOR", trial.study() + "/" + site).http().on(b);
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    HttpResponse<String> closed = trial.admin().postJson(sitePath + "/closure", "{\"reason\":\"Clinic withdrew from the trial\"}");
    HttpResponse<String> enroll = coordinator.postJson(sitePath + "/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1)));
    HttpResponse<String> patients = trial.admin().on(b).get(sitePath + "/patients");
    boolean none = patients.statusCode() == 200 && !patients.body().contains("\"studyId\"");
    return closed.statusCode() == 200 && enroll.statusCode() >= 400 && enroll.statusCode() < 500 && none
        ? pass("closure on A 200; enrollment on B right after: " + enroll.statusCode() + " " + shortly(enroll.body()) + "; no patient stored")
        : fail("closure " + closed.statusCode() + " " + closed.body() + "; enrollment on B " + enroll.statusCode() + " " + enroll.body()
            + "; patients " + patients.statusCode() + " " + shortly(patients.body()));
  }

  private String oneDigestPerDay() throws Exception {
    Trials.Trial trial = Trials.spineCare(a);
    List<String> emails = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String site = "S" + i;
      ItUsers.User coordinator = ItUsers.create(a, "COORDINATOR", trial.study() + "/" + site);
      long screening = Trials.screen(coordinator.http(), trial.study(), site, Trials.spineCareScreening("low-back", true));
      Trials.expect(201, coordinator.http().on(b).postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
          Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 1))));
      String email = "coordinator-" + i + "." + trial.study().toLowerCase(Locale.ROOT) + "@example.org";
      Trials.expect(200, trial.admin().putJson("api/users/" + coordinator.username(), "{\"fullName\":\"Coordinator " + i + "\",\"email\":\""
          + email + "\",\"roles\":[\"COORDINATOR\"],\"sites\":[{\"study\":\"" + trial.study() + "\",\"site\":\"" + site
          + "\"}],\"active\":true,\"unlock\":false,\"reason\":\"Digest recipient\"}"));
      emails.add(email);
    }
    LocalDate day = Trials.today().plusDays(85);
    String run = "api/jobs/visit-digest?study=" + trial.study() + "&on=" + day;
    // The same day's run on both instances at the same moment, twice each.
    List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
    for (URL server : List.of(a, b, a, b)) {
      runs.add(CompletableFuture.supplyAsync(() -> trial.admin().on(server).postJson(run, "")));
    }
    List<String> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> r : runs) {
      answers.add(r.get().statusCode() + " " + r.get().body());
    }
    MAIL.waitForIncomingEmail(5_000, emails.size());
    List<String> counts = new ArrayList<>();
    boolean exactlyOne = true;
    for (String email : emails) {
      long n = 0;
      for (MimeMessage m : MAIL.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(email)) {
          n++;
        }
      }
      counts.add(n + "");
      exactlyOne &= n == 1;
    }
    boolean allOk = answers.stream().allMatch(s -> s.startsWith("200 "));
    return exactlyOne && allOk
        ? pass("4 runs of " + day + " at once (A, B, A, B): digests per coordinator " + counts)
        : fail("digests per coordinator " + counts + "; answers " + answers);
  }

  private String auditChainOnBoth() {
    List<String> seen = new ArrayList<>();
    boolean ok = true;
    for (URL server : List.of(a, b)) {
      HttpResponse<String> r = ItUsers.admin(server).get("api/audit/verification?from=0");
      seen.add(r.statusCode() + " " + shortly(r.body()));
      ok &= r.statusCode() == 200 && r.body().contains("\"intact\":true");
    }
    return ok ? pass("A and B: " + seen) : fail(seen.toString());
  }

  private String throughput() throws Exception {
    int clients = Integer.getInteger("multi.clients", 12);
    Duration time = Duration.ofSeconds(Integer.getInteger("multi.seconds", 20));
    LoadDriver one = new LoadDriver(List.of(a), clients, 6, time);
    LoadDriver.Report alone = one.run();
    LoadDriver both = new LoadDriver(List.of(a, b), clients, 6, time);
    LoadDriver.Report together = both.run();
    List<String> problems = new ArrayList<>(verify(one));
    problems.addAll(verify(both));
    String figures = String.format("%d clients at 6 clinics for %d s: A alone %.1f enrollments/s (p95 %d ms), A and B %.1f enrollments/s"
        + " (p95 %d ms), %d + %d errors", clients, time.toSeconds(), alone.enrollmentsPerSecond(), alone.percentile("enroll", 95),
        together.enrollmentsPerSecond(), together.percentile("enroll", 95), alone.errors(), together.errors());
    return alone.errors() + together.errors() == 0 && problems.isEmpty() ? pass(figures) : fail(figures + "; database: " + problems);
  }

  private List<String> verify(LoadDriver load) throws Exception {
    return load.verifyDatabase(System.getProperty("it.db.url"), System.getProperty("it.db.user"), System.getProperty("it.db.password"),
        ItUsers.admin(b));
  }

  private interface Check {
    String run() throws Exception;
  }

  private void check(String name, Check check) {
    String result;
    try {
      result = check.run();
    } catch (Exception | AssertionError e) {
      result = fail(e.toString());
    }
    line((result.startsWith("PASS") ? "PASS " : "FAIL ") + name + ": " + result.substring(5));
  }

  private String pass(String what) {
    return "PASS " + what;
  }

  private String fail(String what) {
    failures++;
    return "FAIL " + what;
  }

  private void line(String text) {
    System.out.println(text);
    lines.add(text);
  }

  private static String indent(String text) {
    return text.strip().replaceAll("(?m)^", "    ");
  }

  private static String shortly(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  private static URL url(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("bench/multi-server.sh passes the instances' URLs as -D" + property);
    }
    try {
      return java.net.URI.create(value).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
