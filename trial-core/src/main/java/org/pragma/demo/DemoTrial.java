package org.pragma.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import org.pragma.allocation.Draw;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.enrollment.Enrolled;
import org.pragma.enrollment.EnrollmentService;
import org.pragma.enrollment.Identifiers;
import org.pragma.enrollment.NewEnrollment;
import org.pragma.enrollment.PatientService;
import org.pragma.enrollment.StatusChange;
import org.pragma.followup.VisitDataService;
import org.pragma.followup.VisitEntry;
import org.pragma.platform.LoaderClock;
import org.pragma.protocol.ProtocolService;
import org.pragma.screening.ScreeningRecord;
import org.pragma.screening.ScreeningService;
import org.pragma.security.Roles;
import org.pragma.site.NewSite;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;
import org.pragma.spending.ClaimsGenerator;
import org.pragma.spending.ClaimsService;
import org.pragma.spending.ImportStatus;
import org.pragma.study.StudyService;

/**
 * Plays two years of a SPINE-CARE-like trial through the real services, day by day on the
 * {@link LoaderClock} (this thread only): the clinics open, the demo statistician commits the
 * randomization with an e-signature ({@link DemoRandomization}), then each day's patients of
 * {@link DemoPlan} are screened, the eligible ones enrolled with their baseline, and the follow-up
 * visits, withdrawals, losses and deaths of {@link DemoPlan#course} happen on their days. Every rule
 * of the services applies as it would on that day; nothing is back-dated. Last, synthetic claims
 * ({@link ClaimsGenerator}) are imported as today, as a data manager would import a payer's file.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTrial {
  private static final Logger LOG = Logger.getLogger(DemoTrial.class.getName());
  /** The payer the demo's claims come from. */
  public static final String CLAIMS_SOURCE = "Demo payer - synthetic";
  /** Claim lines per enrolled patient (look-back and 12 months of follow-up). */
  static final int CLAIM_LINES_PER_PATIENT = 14;

  @EJB SiteService sites;
  @EJB ScreeningService screenings;
  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @EJB EnrollmentService enrollment;
  @EJB VisitDataService visitData;
  @EJB PatientService patients;
  @EJB ClaimsService claims;
  @EJB DemoRandomization randomization;
  @Inject Audit audit;
  @Inject Clock clock;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext context;

  /**
   * Registers {@code count} invented clinics (codes S01, S02, ...) with plausible covariates, from a
   * seed fixed per study, when the study has no sites yet; says whether it did.
   */
  public boolean clinics(String study, int count, List<String> systems, String volume, boolean clinicType) {
    if (!sites.of(study).isEmpty()) {
      return false;
    }
    Random random = new Random(study.hashCode());
    for (int i = 1; i <= count; i++) {
      String system = systems.get(i % systems.size());
      String visits = String.valueOf(200 + random.nextInt(900));
      Map<String, String> covariates = clinicType
          ? Map.of("health-system", system, volume, visits, "clinic-type", random.nextBoolean() ? "family-medicine" : "internal-medicine")
          : Map.of("health-system", system, volume, visits);
      String code = String.format("S%02d", i);
      sites.register(study, new NewSite(code, "Demo clinic " + code + " (synthetic)", system, null, null, 90, covariates));
    }
    LOG.info(() -> "Registered " + count + " synthetic demo clinics for " + study);
    return true;
  }

  /**
   * The first day of the demo's story for the study: three weeks before two years of screening end
   * today, or the day the study was registered when that is later (a study registered today holds
   * screenings back to a year before only).
   */
  public LocalDate setupDay(String studyCode) {
    ZoneId zone = protocols.protocol(studyCode).timeZone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate registered = LocalDate.ofInstant(studies.byCode(studyCode).createdAt(), zone);
    LocalDate setup = DemoPlan.setupDay(today);
    return registered.isAfter(setup) ? registered : setup;
  }

  /** {@code day} at {@code hour}:{@code minute} at the study's clinics. */
  public static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
  }

  /** What a load did. */
  public record Loaded(int sites, int screened, int eligible, int enrolled, int visits, int exits, long claimLines,
      LocalDate from, LocalDate to, long millis) {}

  /**
   * Plays the trial at the study's first {@code siteCount} registered clinics: opens them, commits
   * the randomization as the demo statistician (whose password the loader generated), then screens
   * {@code patients} eligible patients (and the ineligible ones around them) over up to two years,
   * enrolls them and plays their follow-up; then imports their synthetic claims. Deterministic from
   * {@code seed} (except the randomization's own seed, which the engine draws as for any commit).
   */
  public Loaded play(String studyCode, long seed, int siteCount, int patientCount, String statisticianPassword) {
    long start = System.nanoTime();
    List<Site> clinics = sites.of(studyCode).stream().limit(siteCount).toList();
    if (clinics.isEmpty()) {
      throw new IllegalStateException("Study " + studyCode + " has no clinics for the demo trial");
    }
    ZoneId zone = protocols.protocol(studyCode).timeZone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate setup = setupDay(studyCode);
    LocalDate firstDay = setup.plusDays(DemoPlan.SETUP_DAYS);
    int days = (int) Math.max(1, Math.min(DemoPlan.TWO_YEARS, today.toEpochDay() - firstDay.toEpochDay() + 1));
    List<DemoPlan.PlannedScreening> plan = DemoPlan.screenings(seed, clinics.size(), patientCount, today, days);
    String firstArm = protocols.protocol(studyCode).arms().get(0).code();

    Play play = new Play(studyCode, seed, clinics, plan, firstArm, zone);
    DemoTrial me = context.getBusinessObject(DemoTrial.class);
    try (LoaderClock.Replay replay = LoaderClock.replay(at(setup, 8, 30, zone))) {
      play.replay = replay;
      for (Site clinic : clinics) {
        if (clinic.status() != SiteStatus.ACTIVE) {
          sites.activate(studyCode, clinic.code());
        }
      }
      replay.set(at(setup.plusDays(DemoPlan.RANDOMIZED_AFTER_DAYS), 10, 0, zone));
      Draw draw = randomization.commit(studyCode, statisticianPassword);
      play.arms = draw.allocation();
      me.inOneTransaction(() -> audit.created(AuditSubject.of("demo", studyCode).inStudy(studyCode), Map.of("note",
          "Synthetic demo: randomization wave " + draw.wave() + " was committed automatically by the demo loader, for "
              + DemoRandomization.STATISTICIAN + " and signed with the password the loader generated for that account.")));
      // A day's work commits at the end of the day (one transaction a day keeps the load under a minute).
      for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
        LocalDate d = day;
        me.inOneTransaction(() -> play.day(d));
      }
      // What is left in play.later falls after today: those visits and exits have not happened yet.
    }
    long lines = claims(studyCode, play.claimed, seed, today);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Loaded loaded = new Loaded(clinics.size(), play.screened, play.eligible, play.enrolled, play.visits, play.exits, lines, firstDay,
        today, millis);
    LOG.info(() -> "Demo trial " + studyCode + ": " + loaded);
    return loaded;
  }

  /** Runs {@code work} in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void inOneTransaction(Runnable work) {
    work.run();
  }

  /** The state of one play: what is planned, what happened so far, and the visits and exits of later days. */
  private final class Play {
    final String studyCode;
    final long seed;
    final List<Site> clinics;
    final List<DemoPlan.PlannedScreening> plan;
    final String firstArm;
    final ZoneId zone;
    final TreeMap<LocalDate, List<Runnable>> later = new TreeMap<>();
    final List<ClaimsGenerator.Patient> claimed = new ArrayList<>();
    LoaderClock.Replay replay;
    Map<String, String> arms;
    int next;
    int screened;
    int eligible;
    int enrolled;
    int visits;
    int exits;

    Play(String studyCode, long seed, List<Site> clinics, List<DemoPlan.PlannedScreening> plan, String firstArm, ZoneId zone) {
      this.studyCode = studyCode;
      this.seed = seed;
      this.clinics = clinics;
      this.plan = plan;
      this.firstArm = firstArm;
      this.zone = zone;
    }

    /** The day's screenings (and enrollments of the eligible), then the follow-up visits and exits that fall on it. */
    void day(LocalDate day) {
      int minute = 0;
      for (; next < plan.size() && plan.get(next).screening().screenedOn().equals(day); next++) {
        DemoPlan.PlannedScreening p = plan.get(next);
        replay.set(at(day, 8, 0, zone).plusSeconds(40L * minute++));
        String site = clinics.get(p.site()).code();
        ScreeningRecord record = screenings.screen(studyCode, site, p.screening());
        screened++;
        if (!record.eligible()) {
          continue;
        }
        eligible++;
        int index = enrolled;
        String location = String.valueOf(p.screening().answers().get("pain-location"));
        // The arm is the site's: an intervention arm is any but the protocol's first (usual care).
        DemoPlan.Course course = DemoPlan.course(seed, index, location, !firstArm.equals(arms.get(site)));
        replay.set(at(day, 8, 0, zone).plusSeconds(40L * minute++));
        Enrolled e = enrollment.enroll(studyCode, site, new NewEnrollment(record.id(),
            new NewEnrollment.Consent(day, "Demo coordinator (synthetic)", "ICF v2.1"), identifiers(index, p), course.baseline()),
            "demo-" + studyCode + "-" + index);
        enrolled++;
        String studyId = e.patient().studyId();
        claimed.add(new ClaimsGenerator.Patient(studyId, day));
        for (DemoPlan.PlannedVisit v : course.visits()) {
          later.computeIfAbsent(day.plusDays(v.day()), d -> new ArrayList<>()).add(() -> {
            record(studyCode, studyId, v, day);
            visits++;
          });
        }
        course.exit().ifPresent(x -> later.computeIfAbsent(day.plusDays(x.day()), d -> new ArrayList<>()).add(() -> {
          patients.changeStatus(studyCode, studyId, new StatusChange(x.status(), day.plusDays(x.day()), x.reason()));
          exits++;
        }));
      }
      List<Runnable> due = later.remove(day);
      if (due != null) {
        for (Runnable r : due) {
          replay.set(at(day, 13, 0, zone).plusSeconds(40L * minute++));
          r.run();
        }
      }
    }
  }

  private void record(String studyCode, String studyId, DemoPlan.PlannedVisit v, LocalDate enrolledOn) {
    long version = visitData.visit(studyCode, studyId, v.code()).version();
    visitData.record(studyCode, studyId, v.code(), new VisitEntry(enrolledOn.plusDays(v.day()), v.instruments(), null, version));
  }

  private static Identifiers identifiers(int index, DemoPlan.PlannedScreening p) {
    int birthYear = ((Number) p.screening().answers().get("birth-year")).intValue();
    LocalDate born = LocalDate.of(birthYear, 1 + index % 12, 1 + index % 28);
    return new Identifiers("Demo", String.format("Patient %04d (synthetic)", index + 1), born, String.format("DEMO-%06d", index + 1),
        null, null);
  }

  /** Writes the synthetic claims of the enrolled patients and imports them as today (the import runs in the background). */
  private long claims(String studyCode, List<ClaimsGenerator.Patient> enrolled, long seed, LocalDate today) {
    if (enrolled.isEmpty()) {
      return 0;
    }
    long lines = (long) enrolled.size() * CLAIM_LINES_PER_PATIENT;
    StringWriter csv = new StringWriter();
    ClaimsGenerator.write(csv, enrolled, lines, seed, today);
    ClaimsService.Upload upload = claims.upload(studyCode, CLAIMS_SOURCE, "demo-claims-synthetic.csv",
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), null, null);
    try {
      ImportStatus status = upload.run().get();
      if (status != ImportStatus.IMPORTED) {
        throw new IllegalStateException("The demo claims import ended " + status);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while importing the demo claims", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The demo claims import failed", e.getCause());
    }
    return lines;
  }
}
