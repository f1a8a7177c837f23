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
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
    return Deployments.earWith(StudyServiceIT.class, AsAdmin.class);
  }

  @EJB StudyService studies;
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

  static String uniqueCode() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
