package org.pragma.it;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The investigators' dashboard over REST at scale, against the real EAR on PostgreSQL:
 * {@code bench/dashboard.sh} runs it (never part of {@code verify}). Builds SPINE CARE through the API,
 * adds clinics up to {@code bench.sites} (100) and {@code bench.patients} (1,000,000) enrolled patients
 * with 1.25 screenings each, three visits and a baseline questionnaire each, straight in the database
 * (generate_series), then times as an investigator: the first dashboard (every site counted), the same
 * dashboard again (nothing written), and the dashboard after a screening is entered at one clinic
 * (that clinic counted again), and the first dashboard after every clinic changed (as after a server
 * start or midnight) once the server's background round has counted them ahead. Prints and writes the figures; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBench {
  private static final int SITES = Integer.getInteger("bench.sites", 100);
  private static final int PATIENTS = Integer.getInteger("bench.patients", 1_000_000);
  private static final long ID = 1_000_000_000L;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void theDashboardOfAHundredClinicsAndAMillionPatients() throws Exception {
    Trials.Trial trial = Trials.spineCare(base);
    String study = trial.study();
    LocalDate today = Trials.today();
    long start = System.nanoTime();
    load(study, today);
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    String site = trial.siteInArm("ice");
    Http coordinator = ItUsers.create(base, "COORDINATOR", study + "/" + site).http();
    Http investigator = ItUsers.create(base, "INVESTIGATOR", study + "/" + site).http();

    List<String> lines = new ArrayList<>();
    lines.add(String.format("Dashboard benchmark: %d clinics, %,d patients, %,d screenings, %,d visits (loaded in %.0f s)",
        SITES, PATIENTS, PATIENTS * 5L / 4, PATIENTS * 3L, loadSeconds));
    lines.add(String.format("First request (every clinic counted): %,d ms", time(investigator, study)));
    long[] warm = new long[5];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = time(investigator, study);
    }
    lines.add("Again, nothing written (ms): " + Arrays.toString(warm));
    long[] afterWrite = new long[5];
    for (int i = 0; i < afterWrite.length; i++) {
      Trials.screen(coordinator, study, site, Trials.spineCareScreening("low-back", i % 2 == 0));
      afterWrite[i] = time(investigator, study);
    }
    lines.add("After a screening at one clinic, that clinic counted again (ms): " + Arrays.toString(afterWrite));
    // As after a server start or midnight at the clinics: every clinic's figures must be counted again.
    // The server's background round (DashboardWarmer, every minute) does it before an investigator asks.
    Database.update("update site_change set changes = changes + 1");
    long wait = Long.getLong("bench.warm.wait", 90);
    Thread.sleep(wait * 1000);
    lines.add(String.format("Every clinic changed, then the server's background round (waited %d s): first request %,d ms", wait,
        time(investigator, study)));
    lines.forEach(System.out::println);
    Path out = Path.of("target", "bench", "dashboard.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }

  private long time(Http investigator, String study) {
    long start = System.nanoTime();
    HttpResponse<String> r = Trials.expect(200, investigator.get("api/studies/" + study + "/dashboard"));
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (!r.body().contains("\"consort\"")) {
      throw new AssertionError("not a dashboard: " + r.body());
    }
    return ms;
  }

  /** Clinics 7.. up to SITES in the committed randomization, then the patients spread over every clinic of the study. */
  private static void load(String study, LocalDate today) {
    String s = "(select id from study where code = '" + study + "')";
    String clinics = "(select id, row_number() over (order by id) - 1 as k from site where study_id = " + s + ")";
    Database.update("insert into site (id, study_id, code, name, status, activated_on, created_at, version)"
        + " select " + ID + " + n, " + s + ", 'X' || n, 'Synthetic clinic ' || n, 'ACTIVE', cast(? as date) - 900 + (n % 60), now(), 0"
        + " from generate_series(1, " + (SITES - 6) + ") n", today);
    Database.update("insert into site_arm (site_id, randomization_id, arm_code)"
        + " select " + ID + " + n, (select max(randomization_id) from site_arm a join site x on x.id = a.site_id where x.study_id = "
        + s + "), (array['usual-care','ice','ipt'])[1 + n % 3] from generate_series(1, " + (SITES - 6) + ") n");
    Database.update("insert into screening (id, site_id, screened_on, age, sex, pain_location, answers_json, eligible, failed_json,"
        + " screened_by, created_at, version)"
        + " select " + ID + " + p, c.id, cast(? as date) - 900 + (p % 900), 18 + p % 70, (array['FEMALE','MALE'])[1 + p % 2],"
        + " (array['low-back','neck','both'])[1 + p % 3], '{}', p <= " + PATIENTS + ","
        + " case when p <= " + PATIENTS + " then '[]'"
        + " when p % 2 = 0 then '[{\"code\":\"adult\",\"kind\":\"inclusion\",\"reason\":\"Patients must be 18 or older.\"}]'"
        + " else '[{\"code\":\"pregnancy\",\"kind\":\"exclusion\",\"reason\":\"Current pregnancy excludes the patient.\"}]' end,"
        + " 'bench', now(), 0 from generate_series(1, " + (PATIENTS * 5L / 4) + ") p join " + clinics + " c on c.k = p % " + SITES,
        today);
    Database.update("insert into patient (id, study_id, site_id, screening_id, sequence_no, study_patient_id, arm, risk_group,"
        + " protocol_version_id, enrolled_on, consent_model, consent_on, status, status_on, idempotency_key, enrolled_by, created_at,"
        + " version, unreachable)"
        + " select " + ID + " + p, " + s + ", c.id, " + ID + " + p, 1000 + p / " + SITES + ", 'B-' || p, a.arm_code,"
        + " (array['low','medium','high'])[1 + p % 3], (select max(id) from protocol_version where study_id = " + s + "),"
        + " cast(? as date) - 900 + (p % 900), 'WRITTEN', cast(? as date) - 900 + (p % 900),"
        + " case when p % 50 = 0 then 'WITHDRAWN' when p % 97 = 0 then 'LOST_TO_FOLLOW_UP' when p % 331 = 0 then 'DIED' else 'ENROLLED' end,"
        + " case when p % 50 = 0 or p % 97 = 0 or p % 331 = 0 then cast(? as date) - 870 + (p % 900) end, 'bench-' || p, 'bench',"
        + " now(), 0, p % 211 = 0"
        + " from generate_series(1, " + PATIENTS + ") p join " + clinics + " c on c.k = p % " + SITES
        + " join site_arm a on a.site_id = c.id", today, today, today);
    Database.update("insert into patient_visit (id, patient_id, study_id, site_id, arm, code, name, position, target_on, opens_on,"
        + " closes_on, remind_on, data_state, visit_on, locked, version)"
        + " select " + ID + " + 3 * x.id + v, x.id, x.study_id, x.site_id, x.arm, (array['baseline','month-3','month-12'])[v + 1],"
        + " (array['Baseline','Month 3','Month 12'])[v + 1], v, x.enrolled_on + d, x.enrolled_on + d - b, x.enrolled_on + d + a,"
        + " x.enrolled_on + d - 7,"
        + " case when v = 0 or (x.id + v) % 4 = 0 then 'COMPLETE' when (x.id + v) % 9 = 0 then 'INCOMPLETE' else 'NONE' end,"
        + " case when v = 0 then x.enrolled_on when (x.id + v) % 4 = 0 then x.enrolled_on + d + (cast(x.id % 60 as integer) - 20) end, false, 0"
        + " from patient x, (values (0, 0, 0, 7), (1, 91, 14, 28), (2, 365, 30, 60)) as w(v, d, b, a)"
        + " where x.id > " + ID);
    Database.update("insert into instrument_response (id, visit_id, instrument, instrument_version, answers_json, items_answered,"
        + " item_count, scored, total, percent, entered_by, entered_at, version)"
        + " select v.id, v.id, 'ODI', '2.1a', '{}', case when v.id % 40 = 0 then 9 else 10 end, 10, true, v.id % 50,"
        + " 2 * (v.id % 50), 'bench', now(), 0 from patient_visit v where v.id > " + ID + " and v.code = 'baseline'");
    Database.update("analyze");
  }
}
