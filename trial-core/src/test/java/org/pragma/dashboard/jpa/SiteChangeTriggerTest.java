package org.pragma.dashboard.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pragma.platform.DatabaseMigration;

/**
 * Every write to a table the dashboard counts advances exactly its site's change number, on the
 * migrated H2 schema (PostgreSQL's statement-level triggers are exercised by the ITs' PostgreSQL run).
 */
class SiteChangeTriggerTest {
  JdbcDataSource ds;

  @BeforeEach
  void migrated() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:sitechange" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("sa");
    DatabaseMigration.flyway(ds, getClass().getClassLoader()).migrate();
  }

  @Test
  void eachWriteAdvancesItsOwnSiteOnly() throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("set referential_integrity false");
      s.execute("insert into site (id, study_id, code, name, status, created_at, version)"
          + " values (1, 1, 'A', 'Clinic A', 'ACTIVE', current_timestamp, 0), (2, 1, 'B', 'Clinic B', 'ACTIVE', current_timestamp, 0)");
      assertThat(changes(s)).isEqualTo("1=0 2=0");

      s.execute("insert into screening (id, site_id, screened_on, answers_json, eligible, failed_json, screened_by, created_at, version)"
          + " values (10, 1, date '2026-01-05', '{}', true, '[]', 'c', current_timestamp, 0)");
      assertThat(changes(s)).isEqualTo("1=1 2=0");
      s.execute("update screening set eligible = false where id = 10");
      assertThat(changes(s)).isEqualTo("1=2 2=0");
      s.execute("update screening set site_id = 2 where id = 10");
      assertThat(changes(s)).isEqualTo("1=3 2=1");

      s.execute("insert into patient (id, study_id, site_id, screening_id, sequence_no, study_patient_id, arm, protocol_version_id,"
          + " enrolled_on, consent_model, consent_on, status, idempotency_key, enrolled_by, created_at, version, unreachable)"
          + " values (20, 1, 2, 10, 1, 'B-001', 'ice', 1, date '2026-01-06', 'WRITTEN', date '2026-01-06', 'ENROLLED', 'k', 'c',"
          + " current_timestamp, 0, false)");
      s.execute("insert into patient_visit (id, patient_id, study_id, site_id, arm, code, name, position, target_on, opens_on,"
          + " closes_on, remind_on, data_state, locked, version) values (30, 20, 1, 2, 'ice', 'month-3', 'Month 3', 1,"
          + " date '2026-04-06', date '2026-03-23', date '2026-05-04', date '2026-03-30', 'NONE', false, 0)");
      assertThat(changes(s)).isEqualTo("1=3 2=3");
      s.execute("insert into instrument_response (id, visit_id, instrument, instrument_version, answers_json, items_answered,"
          + " item_count, scored, entered_by, entered_at, version) values (40, 30, 'ODI', '2.1a', '{}', 10, 10, true, 'c',"
          + " current_timestamp, 0)");
      assertThat(changes(s)).isEqualTo("1=3 2=4");
      s.execute("update patient set unreachable = true where id = 20");
      s.execute("delete from instrument_response where id = 40");
      assertThat(changes(s)).isEqualTo("1=3 2=6");

      s.execute("insert into site_arm (site_id, randomization_id, arm_code) values (1, 1, 'usual-care')");
      assertThat(changes(s)).isEqualTo("1=4 2=6");
    }
  }

  private static String changes(Statement s) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet r = s.executeQuery("select site_id, changes from site_change order by site_id")) {
      while (r.next()) {
        out.append(out.isEmpty() ? "" : " ").append(r.getLong(1)).append('=').append(r.getLong(2));
      }
    }
    return out.toString();
  }
}
