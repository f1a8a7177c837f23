package org.pragma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.Draw;
import org.pragma.protocol.ProtocolService;
import org.pragma.site.NewSite;
import org.pragma.site.SiteService;

/** A committed allocation cannot be changed, not even with SQL: the database itself refuses. */
@ExtendWith(ArquillianExtension.class)
class SiteArmLockIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(SiteArmLockIT.class);
  }

  @EJB AllocationService allocation;
  @EJB SiteService sites;
  @EJB ProtocolService protocols;

  @Resource(lookup = "java:app/jdbc/pragma")
  DataSource dataSource;

  @Test
  void theDatabaseRefusesToChangeOrDeleteACommittedArmOrRandomization() throws Exception {
    String study = "SPINE-CARE";
    String prefix = "L" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    for (int i = 0; i < 6; i++) {
      String system = i % 2 == 0 ? "vanderbilt" : "honorhealth";
      sites.register(study, new NewSite(prefix + i, "Clinic " + i, system, null, null, 90,
          Map.of("health-system", system, "annual-spine-visits", String.valueOf(300 + 25 * i))));
    }
    Draw draw = allocation.commit(study, "it");
    assertTrue(draw.allocation().containsKey(prefix + "0"));

    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("update site_arm set arm_code = 'ice'"));
      assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from site_arm"));
      assertThrows(SQLException.class, () -> s.executeUpdate("update site_randomization set seed = 1"));
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from site_randomization"));
    }
    assertEquals(draw.allocation().get(prefix + "0"), allocation.armOf(sites.byCode(study, prefix + "0")).orElseThrow());
  }
}
