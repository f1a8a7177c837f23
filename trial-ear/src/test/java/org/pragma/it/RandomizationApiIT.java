package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pragma.randomization.cli.PragmaRandomize;

/** A statistician randomizes a study's clinics over HTTP: previews, one commit, locked arms, later waves. */
@ExtendWith(ArquillianExtension.class)
class RandomizationApiIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Http http;
  Http statistician;
  String study;

  @BeforeEach
  void studyWithItsOwnProtocol() {
    http = ItUsers.admin(base);
    statistician = ItUsers.create(base, "STATISTICIAN").http();
    study = TestStudies.fromTemplate(http, "impact-lbp");
  }

  private void registerSites(int from, int to) {
    for (int i = from; i <= to; i++) {
      String system = TestStudies.SYSTEMS.get(i % 3);
      HttpResponse<String> r = http.postJson(sites(), TestStudies.site("S" + i, system, 400 + 37 * i % 500, i % 2 == 0 ? "family" : "internal"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  @Test
  void previewsThenCommitsOnceAndLocksEachSitesArm() {
    registerSites(1, 8);

    HttpResponse<String> preview = statistician.postJson(randomizations() + "/preview", "");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    // 8 clinics, 4 per arm: C(8,4) = 70 allocations, the best round(70 x 0.1) = 7 kept
    assertThat(preview.body()).contains("\"totalAllocations\":70", "\"constrainedSize\":7", "\"preview\":true", "\"method\":\"CONSTRAINED\"");
    // every one of the 70 is scored, and the histogram counts exactly those; imbalance is judged past 0.2
    assertThat(preview.body()).contains("\"scoredAllocations\":70", "\"imbalanceThreshold\":0.2", "\"imbalances\":[");
    assertThat(Pattern.compile("\"all\":(\\d+)").matcher(preview.body()).results().mapToLong(m -> Long.parseLong(m.group(1))).sum()).isEqualTo(70);

    HttpResponse<String> commit = statistician.postJson(randomizations(), SIGNED);
    assertThat(commit.statusCode()).as(commit.body()).isEqualTo(201);
    assertThat(commit.body()).contains("\"wave\":1", "\"preview\":false", "\"sites\":4");
    assertThat(http.get(sites()).body()).contains("\"arm\":\"primary-spine-provider\"", "\"arm\":\"usual-medical-care\"").doesNotContain("\"arm\":null");

    HttpResponse<String> again = statistician.postJson(randomizations(), SIGNED);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already-randomized");
    assertThat(http.get(randomizations()).body()).contains("\"contentHash\":", "\"committedBy\":\"statistician-", "\"signatureId\":");
  }

  @Test
  void aCommitNeedsTheStatisticiansPasswordAndRole() {
    registerSites(1, 6);
    Http coordinator = ItUsers.create(base, "COORDINATOR", study + "/S1").http();

    HttpResponse<String> wrongPassword = statistician.postJson(randomizations(), "{\"password\":\"not my password\",\"meaning\":\"APPROVAL\"}");
    HttpResponse<String> noSignature = statistician.postJson(randomizations(), "{}");
    HttpResponse<String> notAStatistician = coordinator.postJson(randomizations(), SIGNED);

    assertThat(wrongPassword.statusCode()).isEqualTo(422);
    assertThat(noSignature.statusCode()).isEqualTo(400);
    assertThat(noSignature.body()).contains("\"field\":\"password\"", "\"field\":\"meaning\"");
    assertThat(notAStatistician.statusCode()).isEqualTo(403);
    assertThat(http.get(randomizations()).body()).isEqualTo("[]");
    assertThat(coordinator.get(sites()).body()).contains("\"code\":\"S1\"").doesNotContain("\"code\":\"S2\"");
  }

  @Test
  void theReportedCommandLineReproducesTheCommittedAllocation(@TempDir Path dir) throws Exception {
    registerSites(1, 10);
    String committed = statistician.postJson(randomizations(), SIGNED).body();
    HttpResponse<String> download = http.get(randomizations() + "/1/sites.csv");
    String csv = download.body();
    assertThat(csv).startsWith("site,").contains("S1,", "S10,");

    String command = field(committed, "cliCommand");
    String csvName = command.replaceAll(".*--clusters (\\S+).*", "$1");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + csvName + "\"");
    Files.writeString(dir.resolve(csvName), csv);
    String[] args = command.replace("bin/pragma-randomize ", "").replace(csvName, dir.resolve(csvName).toString()).concat(" --json").split(" ");
    StringWriter out = new StringWriter();
    int exit = PragmaRandomize.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertThat(exit).isZero();
    String allocation = compact(committed.replaceAll("(?s).*\"allocation\":(\\{[^}]*\\}).*", "$1"));
    String cliAllocation = compact(out.toString().replaceAll("(?s).*\"allocation\"\\s*:\\s*(\\{[^}]*\\}).*", "$1"));
    assertThat(cliAllocation).isEqualTo(allocation);
  }

  @Test
  void sitesRegisteredLaterAreRandomizedInASecondWave() {
    registerSites(1, 6);
    assertThat(statistician.postJson(randomizations(), SIGNED).statusCode()).isEqualTo(201);
    registerSites(7, 10);

    HttpResponse<String> wave2 = statistician.postJson(randomizations(), SIGNED);

    assertThat(wave2.statusCode()).as(wave2.body()).isEqualTo(201);
    assertThat(wave2.body()).contains("\"wave\":2", "\"S7\"", "\"S10\"").doesNotContain("\"S1\":");
    assertThat(http.get(randomizations() + "/2").statusCode()).isEqualTo(200);
  }

  @Test
  void aSiteMissingACovariateIsLeftForALaterWaveWithoutBlockingTheOthers() {
    registerSites(1, 5);
    http.postJson(sites(), "{\"code\":\"S9\",\"name\":\"No covariates clinic\"}");

    HttpResponse<String> preview = statistician.postJson(randomizations() + "/preview", "");
    HttpResponse<String> r = statistician.postJson(randomizations(), SIGNED);

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body()).contains("\"leftOut\":[{", "\"site\":\"S9\"", "no value yet for", "annual-low-back-pain-visits");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"site\":\"S9\"", "randomized in a later wave once recorded", "\"S5\":").doesNotContain("\"S9\":");
    assertThat(http.get(sites() + "/S9").body()).doesNotContain("\"arm\":\"");

    Trials.expect(200, http.putJson(sites() + "/S9", "{\"name\":\"Now recorded\",\"covariates\":{\"health-system\":\"duke\","
        + "\"annual-low-back-pain-visits\":\"410\",\"clinic-type\":\"internal\"},\"reason\":\"Site survey returned\"}"));
    registerSites(10, 10);
    HttpResponse<String> wave2 = statistician.postJson(randomizations(), SIGNED);
    assertThat(wave2.statusCode()).as(wave2.body()).isEqualTo(201);
    assertThat(wave2.body()).contains("\"wave\":2", "\"S9\":", "\"leftOut\":[]");
  }

  @Test
  void onlyIncompleteSitesAreRefusedNamingEach() {
    http.postJson(sites(), "{\"code\":\"S8\",\"name\":\"No covariates clinic\"}");
    http.postJson(sites(), "{\"code\":\"S9\",\"name\":\"No covariates clinic\"}");

    HttpResponse<String> r = statistician.postJson(randomizations(), SIGNED);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("randomization-refused", "site S8, no value yet for", "site S9, no value yet for");
    assertThat(http.get(randomizations()).body()).isEqualTo("[]");
  }

  @Test
  void aClosedSiteIsNeverRandomized() {
    registerSites(1, 7);
    Trials.expect(200, http.postJson(sites() + "/S7/closure", "{\"reason\":\"Clinic withdrew before randomization\"}"));

    HttpResponse<String> r = statistician.postJson(randomizations(), SIGNED);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"S6\":", "\"leftOut\":[{", "\"site\":\"S7\"", "closed: closed sites are never randomized")
        .doesNotContain("\"S7\":");
    assertThat(http.get(sites() + "/S7").body()).doesNotContain("\"arm\":\"");
    registerSites(8, 9);
    HttpResponse<String> wave2 = statistician.postJson(randomizations(), SIGNED);
    assertThat(wave2.body()).contains("\"wave\":2", "\"S8\":").doesNotContain("\"S7\":");
  }

  @Test
  void aStudyWithoutSitesCannotBeRandomized() {
    HttpResponse<String> r = statistician.postJson(randomizations() + "/preview", "");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("no sites to randomize");
  }

  @Test
  void aDuplicateSiteCodeIsAConflictAndAnInvalidSiteIsABadRequest() {
    registerSites(1, 1);
    assertThat(http.postJson(sites(), TestStudies.site("S1", "duke", 3, "family")).statusCode()).isEqualTo(409);
    HttpResponse<String> invalid = http.postJson(sites(), "{\"code\":\"bad code\",\"name\":\"\",\"enrollmentTarget\":-1}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("\"field\":\"code\"", "\"field\":\"name\"", "\"field\":\"enrollmentTarget\"");
  }

  /**
   * cvcrand's cptest of a PROMIS pain interference T-score over the committed space: the server's arm
   * means equal the means of the recorded scores, and its statistic and p-value equal those of the
   * command line's {@code cptest} over the space that {@code randomize --space} writes for the same draw.
   */
  @Test
  void aStatisticianTestsAnOutcomeOverTheCommittedSpaceAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
    registerSites(1, 8);
    String committed = statistician.postJson(randomizations(), SIGNED).body();
    StringBuilder outcomes = new StringBuilder("site,y\n");
    java.util.Map<String, java.util.List<Double>> byArm = new java.util.TreeMap<>();
    for (int i = 1; i <= 8; i++) {
      String site = "S" + i;
      Trials.expect(200, http.postJson(sites() + "/" + site + "/activation", ""));
      String arm = committed.replaceAll("(?s).*\"allocation\":\\{[^}]*\"" + site + "\":\"([^\"]+)\".*", "$1");
      for (int k = 0; k < 2; k++) {
        double t = enrollWithPain(http, study, site, java.util.List.of(1, 2, 3, 5).get((i + 3 * k) % 4));
        outcomes.append(site).append(',').append(t).append('\n');
        byArm.computeIfAbsent(arm, a -> new java.util.ArrayList<>()).add(t);
      }
    }

    HttpResponse<String> test = statistician.get(randomizations() + "/cptest?instrument=PROMIS-PI-6A&visit=baseline");

    assertThat(test.statusCode()).as(test.body()).isEqualTo(200);
    for (var arm : byArm.entrySet()) {
      String row = test.body().replaceAll("(?s).*(\\{[^{}]*\"arm\":\"" + arm.getKey() + "\"[^{}]*}).*", "$1");
      assertThat(number(row, "mean")).isCloseTo(arm.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(row).contains("\"patients\":8", "\"sites\":4");
    }
    assertThat(test.body()).contains("\"allocations\":7", "\"wave\":1", "cptest", "Baseline");
    Path space = dir.resolve("space.csv");
    Path csv = dir.resolve("sites.csv");
    Path outcome = dir.resolve("outcome.csv");
    Files.writeString(csv, http.get(randomizations() + "/1/sites.csv").body());
    Files.writeString(outcome, outcomes);
    String command = field(committed, "cliCommand").replace("bin/pragma-randomize ", "").replaceAll("--clusters \\S+", "--clusters " + csv);
    assertThat(PragmaRandomize.run((command + " --space " + space).split(" "), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    StringWriter cli = new StringWriter();
    assertThat(PragmaRandomize.run(new String[] {"cptest", "--space", space.toString(), "--outcome", outcome.toString(), "--cluster", "site",
        "--y", "y", "--json"}, new PrintWriter(cli), new PrintWriter(new StringWriter()))).isZero();
    assertThat(number(test.body(), "pValue")).isCloseTo(number(compact(cli.toString()), "p_value"), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(number(test.body(), "statistic")).isCloseTo(number(compact(cli.toString()), "statistic"), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void outcomesByArmAreForStatisticiansOnlyAndNeedACommittedRandomization() {
    registerSites(1, 8);
    Http investigator = ItUsers.create(base, "INVESTIGATOR", study + "/S1").http();
    Http coordinator = ItUsers.create(base, "COORDINATOR", study + "/S1").http();
    String cptest = randomizations() + "/cptest?instrument=PROMIS-PI-6A&visit=month-3&measure=change";

    HttpResponse<String> notYet = statistician.get(cptest);
    HttpResponse<String> noInstrument = statistician.get(randomizations() + "/cptest?visit=month-3");

    assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(422);
    assertThat(notYet.body()).contains("is not randomized yet").doesNotContain("Exception");
    assertThat(noInstrument.statusCode()).as(noInstrument.body()).isEqualTo(400);
    assertThat(noInstrument.body()).contains("instrument");
    statistician.postJson(randomizations(), SIGNED);
    HttpResponse<String> noPatients = statistician.get(cptest);
    assertThat(noPatients.statusCode()).as(noPatients.body()).isEqualTo(422);
    assertThat(noPatients.body()).contains("each arm needs at least one patient with PROMIS");
    assertThat(investigator.get(cptest).statusCode()).isEqualTo(403);
    assertThat(coordinator.get(cptest).statusCode()).isEqualTo(403);
    assertThat(investigator.get(randomizations() + "/cptest/outcomes").statusCode()).isEqualTo(403);
    assertThat(statistician.get(randomizations() + "/cptest/outcomes").body()).contains("\"label\":\"", "\"change\":true", "month-3");
  }

  /** Enrolls a patient whose six pain interference answers are all {@code answer}; returns the T-score recorded. */
  static double enrollWithPain(Http http, String study, String site, int answer) {
    long screening = Trials.screen(http, study, site, Trials.impactScreening());
    StringBuilder pi = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      pi.append(i > 1 ? "," : "").append("\"promispi").append(i).append("\":").append(answer);
    }
    String body = "{\"screeningId\":" + screening + ",\"identifiers\":" + Trials.identifiers(Trials.newMrn()) + ",\"baseline\":{"
        + "\"PROMIS-PI-6A\":{" + pi + "},"
        + "\"PROMIS-PF-6B\":{\"promispf1\":4,\"promispf2\":4,\"promispf3\":4,\"promispf4\":4,\"promispf5\":4,\"promispf6\":4}}}";
    HttpResponse<String> r = Trials.expect(201, http.postJson("api/studies/" + study + "/sites/" + site + "/patients", body));
    String read = http.get(r.headers().firstValue("Location").orElseThrow()).body();
    Matcher t = Pattern.compile("T ([0-9.]+) \\(SE [0-9.]+\\) · raw " + 6 * answer + "(?![0-9])").matcher(read);
    if (!t.find()) {
      throw new AssertionError("no T-score for raw " + 6 * answer + " in " + read);
    }
    return Double.parseDouble(t.group(1));
  }

  private static double number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)").matcher(json);
    if (!m.find()) {
      throw new AssertionError(name + " not in " + json);
    }
    return Double.parseDouble(m.group(1));
  }

  private static final String SIGNED = "{\"password\":\"" + ItUsers.PASSWORD + "\",\"meaning\":\"APPROVAL\"}";

  private String sites() {
    return "api/studies/" + study + "/sites";
  }

  private String randomizations() {
    return "api/studies/" + study + "/randomizations";
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new AssertionError(name + " not in " + json);
    }
    return m.group(1);
  }

  private static String compact(String json) {
    return json.replaceAll("\\s", "");
  }
}
