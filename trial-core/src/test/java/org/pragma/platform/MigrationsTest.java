package org.pragma.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every migration runs on H2, and the H2 triggers keep the audit trail and signatures append-only. */
class MigrationsTest {
  JdbcDataSource ds;

  @BeforeEach
  void migrate() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:migrations" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("sa");
    DatabaseMigration.flyway(ds, getClass().getClassLoader()).migrate();
  }

  @Test
  void auditRecordsCanBeAddedButNeitherChangedNorDeleted() throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into audit_record (seq, recorded_at, username, action, entity, entity_id, prev_hash, hash)"
              + " values (1, current_timestamp, 'ana', 'CREATE', 'study', 'S-1', 'x', 'y')");
      assertThatThrownBy(() -> s.executeUpdate("update audit_record set username = 'eve'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("delete from audit_record"))
          .hasMessageContaining("append-only");
      try (var rs = s.executeQuery("select username from audit_record")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("ana");
      }
    }
  }

  @Test
  void signaturesCannotBeChanged() throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into e_signature (id, username, full_name, signed_at, meaning, content_hash, subject)"
              + " values (1, 'ana', 'Ana', current_timestamp, 'APPROVAL', 'abc', 'lock')");
      assertThatThrownBy(() -> s.executeUpdate("update e_signature set meaning = 'REVIEW'"))
          .hasMessageContaining("append-only");
    }
  }
}
