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
import org.pragma.demo.DemoTrial;
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

  @EJB StudyService studies;
  @EJB DemoTrial demo;
  @EJB DemoUsers demoUsers;
  @EJB UserService users;
  @EJB ScreeningService screenings;
  @EJB DashboardService dashboards;
  @EJB ProtocolService protocols;
  @EJB AsAdmin asAdmin;

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
  void theDemoTrialLoadsTheSameScreeningLogFromTheSameSeedAndTheDashboardShowsIt() throws Exception {
    String first = spineCareCopy();
    String second = spineCareCopy();
    DemoTrial.Loaded a = load(first, 6, 120);
    DemoTrial.Loaded b = load(second, 6, 120);

    assertEquals(120, a.eligible());
    assertEquals(a.screened(), b.screened());
    assertEquals(log(first), log(second), "same seed, same screenings (clinic, date, sex, age, location, reasons)");
    assertTrue(a.screened() > a.eligible(), "some screened patients are ineligible");
    assertTrue(a.from().isBefore(a.to().minusDays(300)), "screenings spread over the past year: " + a.from() + " to " + a.to());

    Dashboard dashboard = asAdmin.call(() -> dashboards.dashboard(first, DashboardFilter.ALL));
    assertEquals(a.screened(), dashboard.funnel().screened());
    assertEquals(120, dashboard.funnel().eligible());
    assertTrue(dashboard.funnel().ineligibleReasons().size() >= 3, "ineligible for several reasons: " + dashboard.funnel().ineligibleReasons());
    assertEquals(6, dashboard.sites().size());
    assertTrue(dashboard.sites().stream().allMatch(s -> s.name().endsWith("(synthetic)") && s.screened() > 0), "labelled synthetic, all screening");
  }

  @Test
  void theFullDemoTrialLoadsItsThreeThousandPatientsScreeningLogAndReportsTheTime() throws Exception {
    String study = spineCareCopy();
    long start = System.nanoTime();
    DemoTrial.Loaded loaded = load(study, 33, 3000);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    Logger.getLogger(StudyServiceIT.class.getName()).info(() -> "Demo trial load at full scale: " + loaded + " in " + seconds + " s");
    System.out.println("DEMO-LOAD " + loaded + " total " + seconds + " s");

    Dashboard dashboard = asAdmin.call(() -> dashboards.dashboard(study, DashboardFilter.ALL));
    assertEquals(3000, dashboard.funnel().eligible());
    assertEquals(loaded.screened(), dashboard.funnel().screened());
    assertEquals(33, dashboard.sites().size());
    assertTrue(seconds < 60, "the demo trial loads in under a minute: " + seconds + " s");
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

  private DemoTrial.Loaded load(String study, int sites, int patients) throws Exception {
    assertTrue(asAdmin.call(() -> demo.clinics(study, sites, List.of("honorhealth", "vanderbilt"), "annual-spine-visits", false)));
    return asAdmin.call(() -> demo.screen(study, 42, sites, patients));
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

  /** A fresh copy of SPINE CARE under a new code, loaded (the demo is off in the ITs; this study has no sites). */
  private String spineCareCopy() throws Exception {
    Path root = Path.of(System.getenv("PRAGMA_PROTOCOLS_DIR"));
    String folder = "it-" + UUID.randomUUID().toString().substring(0, 8);
    StudyFolders.copy(root.resolve("spine-care"), root.resolve(folder), folder);
    asAdmin.call(() -> protocols.reload());
    return folder.toUpperCase(java.util.Locale.ROOT);
  }

  static String uniqueCode() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
