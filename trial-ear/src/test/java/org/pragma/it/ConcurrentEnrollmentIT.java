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
 * succeeds and the study IDs are 1..200 with no gap and no duplicate. (Throughput is measured by
 * {@code bench/enrollment-bench.sh}, not here.)
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
    String list = clients.get(0).get(patients).body();
    assertThat(STUDY_ID.matcher(list).results().count()).isEqualTo(PATIENTS);
  }
}
