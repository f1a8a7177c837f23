package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Twenty coordinators' clients enroll 200 patients at one clinic at the same time: every request
 * succeeds and the study IDs are 1..200 with no gap and no duplicate; and ten seconds of the mixed
 * load of {@code bench/load.sh} end without an error and with a sound database. (Throughput is
 * measured by {@code bench/enrollment.sh} and {@code bench/load.sh}, not here.)
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEnrollmentIT {
  private static final int PATIENTS = 200;
  private static final int CLIENTS = 20;
  private static final Pattern STUDY_ID = Pattern.compile("\"studyId\":\"SC-S1-(\\d{4})\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void twoHundredPatientsFromTwentyParallelClientsGetIdsOneToTwoHundred() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    List<Http> clients = IntStream.range(0, CLIENTS)
        .mapToObj(i -> ItUsers.create(base, "COORDINATOR", trial.study() + "/S1").http()).toList();
    String patients = "api/studies/" + trial.study() + "/sites/S1/patients";
    List<Long> screenings = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      screenings.add(Trials.screen(clients.get(i % CLIENTS), trial.study(), "S1", Trials.spineCareScreening("low-back", true)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<HttpResponse<String>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < PATIENTS; i++) {
        Http client = clients.get(i % CLIENTS);
        String body = Trials.spineCareEnrollment(screenings.get(i), Trials.newMrn(), Trials.spineCareBaseline(i % 2, 2));
        Callable<HttpResponse<String>> enroll = () -> client.postJson(patients, body);
        results.add(pool.submit(enroll));
      }
      Set<Integer> sequences = new TreeSet<>();
      for (Future<HttpResponse<String>> f : results) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = STUDY_ID.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        assertThat(sequences.add(Integer.parseInt(m.group(1)))).as("duplicate " + m.group(1)).isTrue();
      }
      assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(1, PATIENTS).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
    HttpResponse<String> list = clients.get(0).get(patients + "?size=500");
    assertThat(STUDY_ID.matcher(list.body()).results().count()).isEqualTo(PATIENTS);
    assertThat(list.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(PATIENTS));
  }

  /** The load of {@code bench/load.sh} for ten seconds: no request fails and the database is sound afterwards. */
  @Test
  void tenSecondsOfCoordinatorsExportsAndDashboardsLeaveNoErrorAndASoundDatabase() throws Exception {
    LoadDriver load = new LoadDriver(base, 8, 6, java.time.Duration.ofSeconds(10));

    LoadDriver.Report report = load.run();
    System.out.print(report.text());

    assertThat(report.errors()).as(report.text()).isZero();
    assertThat(report.enrolled()).as(report.text()).isNotEmpty();
    assertThat(report.latencies()).containsKeys("screen", "enroll", "outcome-save", "export-done", "dashboard");
    assertThat(load.verifyDatabase(System.getProperty("it.db.url"), System.getProperty("it.db.user"), System.getProperty("it.db.password"),
        ItUsers.admin(base))).isEmpty();
  }

  @Test
  void anEnrollmentAndACorrectionMakingThePatientIneligibleNeverBothSucceed() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/S2").http();
    String site = "api/studies/" + trial.study() + "/sites/S2";
    String ineligible = Trials.spineCareScreening("low-back", true).replace("\"pregnant\":false", "\"pregnant\":true")
        .replaceFirst("}$", ",\"reason\":\"Pregnancy test positive\"}");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 10; i++) {
        long screening = Trials.screen(coordinator, trial.study(), "S2", Trials.spineCareScreening("low-back", true));
        String enrollment = Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 2));
        Future<HttpResponse<String>> enrolled = pool.submit(() -> coordinator.postJson(site + "/patients", enrollment));
        Future<HttpResponse<String>> corrected = pool.submit(() -> coordinator.putJson(site + "/screenings/" + screening, ineligible));
        int enroll = enrolled.get().statusCode();
        int correct = corrected.get().statusCode();
        assertThat(enroll == 201 && correct == 200).as("screening %d: enrolled %d, corrected to ineligible %d (%s / %s)", screening,
            enroll, correct, enrolled.get().body(), corrected.get().body()).isFalse();
        assertThat(List.of(enroll, correct)).as("each is refused cleanly or succeeds").allMatch(c -> c == 200 || c == 201 || c == 409 || c == 422);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void simultaneousRegistrationsOfOneSiteCodeOrStudyCodeGiveOneSuccessAndConflictsNever500() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    Http admin = trial.admin();
    String study = StudyServiceIT.uniqueCode();

    List<Integer> sites = race(8, () -> admin.postJson("api/studies/" + trial.study() + "/sites",
        "{\"code\":\"S99\",\"name\":\"Clinic S99\",\"covariates\":{\"health-system\":\"vanderbilt\",\"annual-spine-visits\":\"310\"}}"));
    List<Integer> studies = race(8, () -> admin.postJson("api/studies", "{\"code\":\"" + study + "\",\"title\":\"Raced\"}"));

    assertThat(sites).containsOnly(201, 409).containsOnlyOnce(201);
    assertThat(studies).containsOnly(201, 409).containsOnlyOnce(201);
  }

  @Test
  void simultaneousSavesOfOneVisitKeepOneAndRefuseTheOthersWith409() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    Http coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/S3").http();
    long screening = Trials.screen(coordinator, trial.study(), "S3", Trials.spineCareScreening("low-back", true));
    String studyId = EnrollmentApiIT.field(Trials.expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/S3/patients",
        Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(0, 2)))), "studyId");
    String visit = "api/studies/" + trial.study() + "/patients/" + studyId + "/visits/month-3";
    String version = coordinator.get(visit).body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
    String save = "{\"visitOn\":\"" + Trials.today() + "\",\"version\":" + version + ",\"instruments\":{\"NPRS\":{\"nprs1\":%d}}}";

    List<Integer> saves = race(6, () -> coordinator.putJson(visit, String.format(save, 4)));
    HttpResponse<String> stale = coordinator.putJson(visit, String.format(save, 9).replace("}}}", "}},\"reason\":\"Late entry\"}"));

    assertThat(saves).containsOnly(200, 409).containsOnlyOnce(200);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("urn:pragma:problem:visit-changed", "changed by someone else");
    assertThat(coordinator.get(visit).body()).contains("\"nprs1\":4").doesNotContain("\"nprs1\":9");
  }

  /** Sends {@code n} copies of a request at the same moment and returns their status codes. */
  private static List<Integer> race(int n, Callable<HttpResponse<String>> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      start.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<HttpResponse<String>> f : results) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isLessThan(500);
        codes.add(r.statusCode());
      }
      return codes;
    } finally {
      pool.shutdownNow();
    }
  }
}
