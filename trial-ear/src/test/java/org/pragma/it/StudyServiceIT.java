package org.pragma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pragma.dashboard.Dashboard;
import org.pragma.dashboard.DashboardFilter;
import org.pragma.dashboard.DashboardService;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.CommittedDraw;
import org.pragma.demo.DemoPlan;
import org.pragma.demo.DemoRandomization;
import org.pragma.demo.DemoTrial;
import org.pragma.platform.LoaderClock;
import org.pragma.spending.ClaimsImportView;
import org.pragma.spending.ClaimsService;
import org.pragma.spending.ImportStatus;
import org.pragma.spending.SpendingService;
import org.pragma.demo.DemoUsers;
import org.pragma.security.PasswordPolicy;
import org.pragma.security.Role;
import org.pragma.security.UserAccount;
import org.pragma.security.UserService;
import org.pragma.protocol.ProtocolService;
import org.pragma.screening.ScreeningRecord;
import org.pragma.screening.ScreeningService;
import org.pragma.study.NewStudy;
import org.pragma.study.Study;
import org.pragma.study.StudyCodeTakenException;
import org.pragma.study.StudyService;
import org.pragma.study.StudyStatus;

/** The study service and the migrated schema, inside the server. */
@ExtendWith(ArquillianExtension.class)
class StudyServiceIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(StudyServiceIT.class, AsAdmin.class, StudyFolders.class);
  }

  private static final java.time.ZoneId CHICAGO = java.time.ZoneId.of("America/Chicago");

  @jakarta.inject.Inject java.time.Clock clock;
  @EJB StudyService studies;
  @EJB DemoTrial demo;
  @EJB DemoUsers demoUsers;
  @EJB UserService users;
  @EJB ScreeningService screenings;
  @EJB DashboardService dashboards;
  @EJB ProtocolService protocols;
  @EJB AsAdmin asAdmin;
  @EJB AllocationService allocation;
  @EJB ClaimsService claims;
  @EJB SpendingService spending;

  @Resource(lookup = "java:app/jdbc/pragma")
  DataSource dataSource;

  @Test
  void registersStudyInPlanningAndReadsItBackFromTheDatabase() throws Exception {
    String code = uniqueCode();
    Study study = asAdmin.call(() -> studies.register(new NewStudy(code, "Back pain pragmatic trial", "NCT03083886")));

    assertEquals(StudyStatus.PLANNING, asAdmin.call(() -> studies.overview(code)).status());
    assertEquals(code, asAdmin.call(() -> studies.byCode(code)).code());
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("select title, closed from study where code = '" + code + "'")) {
      assertTrue(rs.next(), "row written");
      assertEquals("Back pain pragmatic trial", rs.getString("title"));
      assertEquals(false, rs.getBoolean("closed"), "only an admin's closing is stored; the rest follows the facts");
    }
  }

  @Test
  void refusesASecondStudyWithTheSameCode() throws Exception {
    String code = uniqueCode();
    asAdmin.call(() -> studies.register(new NewStudy(code, "First", null)));
    StudyCodeTakenException e =
        AsAdmin.causeOf(
            assertThrows(Exception.class, () -> asAdmin.call(() -> studies.register(new NewStudy(code, "Second", null)))),
            StudyCodeTakenException.class);
    assertTrue(e.getMessage().contains(code));
    assertEquals("First", asAdmin.call(() -> studies.byCode(code)).title());
  }

  @Test
  void refusesAnInvalidStudyAndWritesNothing() throws Exception {
    String code = "bad code " + UUID.randomUUID();
    EJBException e =
        assertThrows(EJBException.class, () -> asAdmin.call(() -> studies.register(new NewStudy(code, " ", "NCT1"))));
    assertEquals(3, AsAdmin.causeOf(e, ConstraintViolationException.class).getConstraintViolations().size());
    assertTrue(asAdmin.call(() -> studies.all()).stream().noneMatch(s -> s.code().equals(code)));
  }

  @Test
  void refusesServiceCallsWithoutASignedInCaller() {
    assertThrows(EJBAccessException.class, () -> studies.all());
    assertThrows(EJBAccessException.class, () -> studies.register(new NewStudy(uniqueCode(), "Anonymous", null)));
  }

  @Test
  void demoStudiesWereRegisteredByTheSystemAtStartup() throws Exception {
    assertEquals("NCT03083886", asAdmin.call(() -> studies.byCode("SPINE-CARE")).registryId().orElseThrow());
  }

  @Test
  void flywayAppliedEveryMigrationSuccessfully() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*), sum(case when \"success\" then 1 else 0 end)"
                        + " from \"flyway_schema_history\"")) {
      assertTrue(rs.next());
      assertTrue(rs.getInt(1) >= 1, "at least one migration recorded");
      assertEquals(rs.getInt(1), rs.getInt(2), "every migration succeeded");
    }
  }

  @Test
  void theDemoTrialPlaysTheSameTrialFromTheSameSeedAndTheDashboardShowsIt() throws Exception {
    String first = spineCareCopy();
    String second = spineCareCopy();
    DemoTrial.Loaded a = load(first, 6, 120);
    DemoTrial.Loaded b = load(second, 6, 120);

    assertEquals(120, a.eligible());
    assertEquals(120, a.enrolled());
    assertEquals(List.of(a.screened(), a.enrolled(), a.visits(), a.exits(), a.claimLines(), a.from(), a.to()),
        List.of(b.screened(), b.enrolled(), b.visits(), b.exits(), b.claimLines(), b.from(), b.to()), "same seed, same counts");
    assertEquals(log(first), log(second), "same seed, same screenings (clinic, date, sex, age, location, reasons)");
    assertTrue(a.screened() > a.eligible(), "some screened patients are ineligible");

    Dashboard dashboard = asAdmin.call(() -> dashboards.dashboard(first, DashboardFilter.ALL));
    assertEquals(a.screened(), dashboard.funnel().screened());
    assertEquals(120, dashboard.funnel().enrolled());
    assertTrue(dashboard.funnel().ineligibleReasons().size() >= 3, "ineligible for several reasons: " + dashboard.funnel().ineligibleReasons());
    assertEquals(6, dashboard.sites().size());
    assertTrue(dashboard.sites().stream().allMatch(s -> s.name().endsWith("(synthetic)") && s.screened() > 0 && s.arm() != null),
        "labelled synthetic, randomized, all screening");
  }

  /** The demo at its full scale: bench/demo.sh runs it and prints the time (left out of CI by its tag, as a benchmark). */
  @Test
  @org.junit.jupiter.api.Tag("scale")
  void theFullDemoTrialPlaysTwoYearsOfThreeThousandPatientsAndReportsTheTime() throws Exception {
    String study = spineCareCopy();
    long start = System.nanoTime();
    DemoTrial.Loaded loaded = load(study, 33, 3000);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    Logger.getLogger(StudyServiceIT.class.getName()).info(() -> "Demo trial load at full scale: " + loaded + " in " + seconds + " s");
    System.out.println("DEMO-LOAD " + loaded + " total " + seconds + " s");

    // The 33 clinics randomized by the real engine, committed and signed by the demo statistician.
    List<CommittedDraw> waves = asAdmin.call(() -> allocation.committed(study));
    assertEquals(1, waves.size());
    assertEquals(33, waves.get(0).draw().allocation().size());
    assertEquals(DemoRandomization.STATISTICIAN, waves.get(0).committedBy());
    assertTrue(waves.get(0).committedAt().isBefore(today().minusYears(2).atStartOfDay(CHICAGO).toInstant()),
        "committed before the two years of enrollment: " + waves.get(0).committedAt());

    Dashboard dashboard = asAdmin.call(() -> dashboards.dashboard(study, DashboardFilter.ALL));
    assertEquals(3000, dashboard.funnel().enrolled());
    assertEquals(3000, loaded.enrolled());
    assertEquals(loaded.screened(), dashboard.funnel().screened());
    assertEquals(33, dashboard.sites().size());
    // Enrolled over two years before today.
    assertTrue(!loaded.from().isAfter(today().minusDays(700)) && loaded.to().equals(today()), loaded.from() + " to " + loaded.to());
    assertTrue(dashboard.cumulative().stream().anyMatch(p -> p.enrolled() > 0 && p.date().isBefore(today().minusDays(600))),
        "patients enrolled in the first months of the two years");
    // Follow-up: 3- and 12-month visits done in and out of window, some missed, a few patients gone.
    List<Dashboard.FollowUpRow> followUp = dashboard.followUpByArm().stream()
        .filter(r -> r.visit().equals("month-3") || r.visit().equals("month-12")).toList();
    long inWindow = followUp.stream().mapToLong(Dashboard.FollowUpRow::completedInWindow).sum();
    long outOfWindow = followUp.stream().mapToLong(Dashboard.FollowUpRow::completedOutOfWindow).sum();
    long missed = followUp.stream().mapToLong(Dashboard.FollowUpRow::missed).sum();
    long cancelled = followUp.stream().mapToLong(Dashboard.FollowUpRow::cancelled).sum();
    assertTrue(inWindow > 1000 && outOfWindow > 50 && missed > 200 && cancelled > 10,
        "3- and 12-month visits: in window " + inWindow + ", out of window " + outOfWindow + ", missed " + missed + ", cancelled " + cancelled);
    assertTrue(dashboard.followUpByArm().stream().map(Dashboard.FollowUpRow::visit).collect(java.util.stream.Collectors.toSet())
        .containsAll(java.util.Set.of("month-3", "month-12")), "both follow-up visits");
    assertTrue(inWindow + outOfWindow <= loaded.visits() && inWindow + outOfWindow >= loaded.visits() * 0.9,
        loaded.visits() + " visits played, " + (inWindow + outOfWindow) + " completed on the dashboard");
    assertTrue(loaded.exits() > 100, "withdrawals, losses and deaths: " + loaded.exits());
    // Claims for spending and exports.
    List<ClaimsImportView> imports = asAdmin.call(() -> claims.imports(study));
    assertEquals(1, imports.size());
    assertEquals(ImportStatus.IMPORTED, imports.get(0).status());
    assertEquals(loaded.claimLines(), imports.get(0).linesAccepted());
    assertTrue(asAdmin.call(() -> spending.byGroup(study)).stream().allMatch(g -> g.after().patients() > 0), "spending per arm");
  }

  @Test
  void theDemoHasOneUserPerRoleWithOneTimePasswordsCreatedOnlyOnce() throws Exception {
    String study = spineCareCopy();
    assertTrue(asAdmin.call(() -> demo.clinics(study, 3, List.of("honorhealth", "vanderbilt"), "annual-spine-visits", false)));
    String prefix = study.toLowerCase(java.util.Locale.ROOT) + "-";

    List<DemoUsers.Created> created = asAdmin.call(() -> demoUsers.create(prefix, study, List.of("S01", "S02")));

    assertEquals(List.of(Role.STATISTICIAN, Role.DATA_MANAGER, Role.COORDINATOR, Role.INVESTIGATOR),
        created.stream().map(DemoUsers.Created::role).toList());
    assertEquals(4, created.stream().map(DemoUsers.Created::password).distinct().count(), "a password of their own each");
    for (DemoUsers.Created c : created) {
      assertTrue(PasswordPolicy.problems(c.username(), c.password()).isEmpty(), c.username());
      UserAccount account = asAdmin.call(() -> users.byUsername(c.username()));
      assertEquals(java.util.Set.of(c.role()), account.roles());
      assertTrue(account.fullName().endsWith("(synthetic)"));
    }
    assertEquals(2, asAdmin.call(() -> users.byUsername(prefix + "demo-coordinator")).sites().size());
    assertTrue(asAdmin.call(() -> demoUsers.create(prefix, study, List.of("S01"))).isEmpty(), "existing accounts are left alone");
  }

  /** The demo statistician's password, as the loader generated it at the first load of this deployment. */
  private static String statisticianPassword;

  /** Plays the demo trial as the demo loader does: clinics and users on the first day of the story, then two years. */
  private DemoTrial.Loaded load(String study, int sites, int patients) throws Exception {
    LocalDate setup = asAdmin.call(() -> demo.setupDay(study));
    try (LoaderClock.Replay replay = LoaderClock.replay(DemoTrial.at(setup, 8, 0, CHICAGO))) {
      assertTrue(asAdmin.call(() -> demo.clinics(study, sites, List.of("honorhealth", "vanderbilt"), "annual-spine-visits", false)));
      if (statisticianPassword == null) {
        statisticianPassword = asAdmin.call(() -> demoUsers.create("", study, List.of("S01", "S02"))).stream()
            .filter(c -> c.username().equals(DemoRandomization.STATISTICIAN)).findFirst().map(DemoUsers.Created::password)
            .orElse(null);
      }
      if (statisticianPassword == null) {
        // The IT database outlives a run: the account exists, so give it a new password as an admin would.
        String password = "It-" + UUID.randomUUID();
        asAdmin.call(() -> {
          users.resetPassword(DemoRandomization.STATISTICIAN, password, "Integration test of the demo trial");
          return null;
        });
        statisticianPassword = password;
      }
    }
    return asAdmin.call(() -> demo.play(study, 42, sites, patients, statisticianPassword));
  }

  /** The screening log without ids and the study code, site by site. */
  private List<String> log(String study) throws Exception {
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String site = String.format("S%02d", i);
      for (ScreeningRecord r : asAdmin.call(() -> screenings.log(study, site))) {
        rows.add(r.site() + " " + r.screenedOn() + " " + r.sex() + " " + r.age() + " " + r.painLocation() + " " + r.eligible()
            + " " + r.failedCriteria());
      }
    }
    rows.sort(null);
    return rows;
  }

  /**
   * A fresh copy of SPINE CARE under a new code, registered (as DemoStudy registers the demo's) on the
   * first day of the demo's story and loaded (the demo is off in the ITs; this study has no sites).
   */
  private String spineCareCopy() throws Exception {
    Path root = Path.of(System.getenv("PRAGMA_PROTOCOLS_DIR"));
    String folder = "it-" + UUID.randomUUID().toString().substring(0, 8);
    StudyFolders.copy(root.resolve("spine-care"), root.resolve(folder), folder);
    try (LoaderClock.Replay replay = LoaderClock.replay(DemoTrial.at(DemoPlan.setupDay(today()), 8, 0, CHICAGO))) {
      asAdmin.call(() -> protocols.reload());
    }
    return folder.toUpperCase(java.util.Locale.ROOT);
  }

  /** Today at SPINE CARE's clinics, on the server's (fixed) clock. */
  private LocalDate today() {
    return LocalDate.now(clock.withZone(CHICAGO));
  }

  static String uniqueCode() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
