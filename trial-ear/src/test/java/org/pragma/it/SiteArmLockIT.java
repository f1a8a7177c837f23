package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A committed allocation cannot be changed, not even with SQL on the database itself. */
@ExtendWith(ArquillianExtension.class)
class SiteArmLockIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void theDatabaseRefusesToChangeOrDeleteACommittedArmOrRandomization() throws Exception {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "impact-lbp");
    for (int i = 1; i <= 6; i++) {
      admin.postJson("api/studies/" + study + "/sites", TestStudies.site("S" + i, TestStudies.SYSTEMS.get(i % 3), 100 * i, i % 2 == 0 ? "family" : "internal"));
    }
    String signed = "{\"password\":\"" + ItUsers.PASSWORD + "\",\"meaning\":\"APPROVAL\"}";
    assertThat(ItUsers.create(base, "STATISTICIAN").http().postJson("api/studies/" + study + "/randomizations", signed).statusCode())
        .isEqualTo(201);
    String before = admin.get("api/studies/" + study + "/sites").body();

    try (Connection c = database(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("update site_arm set arm_code = 'usual-medical-care'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
      assertThatThrownBy(() -> s.executeUpdate("delete from site_arm")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> s.executeUpdate("update site_randomization set seed = 1")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> s.executeUpdate("delete from site_randomization")).isInstanceOf(SQLException.class);
    }
    assertThat(admin.get("api/studies/" + study + "/sites").body()).isEqualTo(before);
  }

  /** The same database the server uses (H2 in server mode, or PostgreSQL), as a direct SQL user. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"), System.getProperty("it.db.password"));
  }
}
