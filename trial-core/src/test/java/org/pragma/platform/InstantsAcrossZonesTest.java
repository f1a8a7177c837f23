package org.pragma.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pragma.audit.AuditAction;
import org.pragma.audit.AuditEntry;
import org.pragma.audit.AuditRecord;
import org.pragma.audit.ChainVerification;
import org.pragma.audit.ChainVerifier;

/**
 * Audit records written by a server in New York during the repeated hour of the 2026 DST fall-back
 * still verify when a server in Tokyo reads them: instants are stored as instants, whatever the
 * JVM's zone. The rows go through {@link InstantConverter} and are bound and read the way
 * EclipseLink 4.0.1 does it (setTimestamp of the converted value; getObject, or getTimestamp for a
 * zone-less column), on the schema the migrations build.
 */
class InstantsAcrossZonesTest {
  /** 01:30 in New York twice: first in daylight time (UTC-4), then an hour later in standard time (UTC-5). */
  static final Instant FIRST_0130 = Instant.parse("2026-11-01T05:30:00.120Z");
  static final Instant SECOND_0130 = Instant.parse("2026-11-01T06:30:00Z");

  /** What the H2 URLs of configuration carry: H2 turns a bound java.sql.Timestamp into the session zone's wall clock. */
  static final String H2_SESSION_IN_UTC = ";TIME ZONE=UTC";

  final InstantConverter converter = new InstantConverter();
  final TimeZone serverZone = TimeZone.getDefault();
  JdbcDataSource ds;

  void migrate(String settings) {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:zones" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + settings);
    ds.setUser("sa");
    ds.setPassword("sa");
    DatabaseMigration.flyway(ds, getClass().getClassLoader()).migrate();
  }

  @AfterEach
  void restoreZone() {
    inZone(serverZone);
  }

  @Test
  void anAuditChainWrittenInNewYorkAcrossTheFallBackVerifiesInTokyo() throws SQLException {
    migrate(H2_SESSION_IN_UTC);
    writeInNewYorkAndVerifyInTokyo(FIRST_0130, SECOND_0130);
  }

  @Test
  void aChainWrittenBeforeTheServersZoneChangedStillVerifiesWhateverTheH2Session() throws SQLException {
    migrate("");
    writeInNewYorkAndVerifyInTokyo(Instant.parse("2026-07-01T12:00:00Z"), Instant.parse("2026-07-01T23:59:59.999Z"));
  }

  private void writeInNewYorkAndVerifyInTokyo(Instant first, Instant second) throws SQLException {
    inZone(TimeZone.getTimeZone("America/New_York"));
    List<AuditRecord> written = new ArrayList<>();
    String previous = ChainVerifier.GENESIS;
    for (Instant at : List.of(first, second)) {
      AuditRecord r = new AuditRecord(written.size() + 1,
          new AuditEntry(at, "ana", AuditAction.CREATE, "study", "S-1", null, null, null, null, "S-1", null), previous);
      insert(r, at);
      written.add(r);
      previous = r.hash();
    }

    inZone(TimeZone.getTimeZone("Asia/Tokyo"));
    List<AuditRecord> stored = stored();

    assertThat(stored).extracting(r -> r.entry().recordedAt()).containsExactly(first, second);
    ChainVerifier verifier = new ChainVerifier();
    stored.forEach(verifier::accept);
    assertThat(verifier.result(2, previous)).isEqualTo(ChainVerification.ok(2));
  }

  @Test
  void rowsWrittenInTheServersZoneBeforeTheMigrationKeepTheirInstant() throws SQLException {
    inZone(TimeZone.getTimeZone("America/Chicago"));
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:upgrade" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("sa");
    Flyway all = DatabaseMigration.flyway(ds, getClass().getClassLoader());
    Flyway.configure(getClass().getClassLoader()).configuration(all.getConfiguration()).target("15").load().migrate();
    Instant before = Instant.parse("2026-07-01T12:00:00.250Z");
    AuditRecord old = new AuditRecord(1,
        new AuditEntry(before, "ana", AuditAction.CREATE, "study", "S-1", null, null, null, null, "S-1", null),
        ChainVerifier.GENESIS);
    insert(old, before);

    ds.setURL(ds.getURL() + H2_SESSION_IN_UTC);
    DatabaseMigration.flyway(ds, getClass().getClassLoader()).migrate();
    inZone(TimeZone.getTimeZone("Asia/Tokyo"));

    ChainVerifier verifier = new ChainVerifier();
    stored().forEach(verifier::accept);
    assertThat(stored()).extracting(r -> r.entry().recordedAt()).containsExactly(before);
    assertThat(verifier.result(1, old.hash())).isEqualTo(ChainVerification.ok(1));
  }

  @Test
  void theHashNamesTheInstantInUtcWhateverTheZone() {
    AuditEntry e = new AuditEntry(FIRST_0130, "ana", AuditAction.CREATE, "study", "S-1", null, null, null, null, null, null);
    inZone(TimeZone.getTimeZone("America/New_York"));
    String inNewYork = e.hash(1, ChainVerifier.GENESIS);
    inZone(TimeZone.getTimeZone("Asia/Tokyo"));
    assertThat(e.hash(1, ChainVerifier.GENESIS)).isEqualTo(inNewYork);
    assertThat(FIRST_0130.toString()).isEqualTo("2026-11-01T05:30:00.120Z");
  }

  private void insert(AuditRecord r, Instant at) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
        "insert into audit_record (seq, recorded_at, username, action, entity, entity_id, study_code, prev_hash, hash)"
            + " values (?, ?, 'ana', 'CREATE', 'study', 'S-1', 'S-1', ?, ?)")) {
      s.setLong(1, r.seq());
      s.setTimestamp(2, Timestamp.from(converter.convertToDatabaseColumn(at).toInstant()));
      s.setString(3, r.prevHash());
      s.setString(4, r.hash());
      s.executeUpdate();
    }
  }

  /** The rows as the database holds them, the instant read through the converter. */
  private List<AuditRecord> stored() throws SQLException {
    List<AuditRecord> rows = new ArrayList<>();
    try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
        .executeQuery("select seq, recorded_at, prev_hash, hash from audit_record order by seq")) {
      while (rs.next()) {
        Object value = rs.getObject(2);
        Instant at = value instanceof OffsetDateTime odt
            ? converter.convertToEntityAttribute(odt) : rs.getTimestamp(2).toInstant();
        String hash = rs.getString(4);
        rows.add(new AuditRecord(rs.getLong(1),
            new AuditEntry(at, "ana", AuditAction.CREATE, "study", "S-1", null, null, null, null, "S-1", null),
            rs.getString(3)) {
          @Override
          public String hash() {
            return hash;
          }
        });
      }
    }
    return rows;
  }

  /** A new default zone, as a server restarted in it would see it (H2 caches the zone it read). */
  private static void inZone(TimeZone zone) {
    TimeZone.setDefault(zone);
    DateTimeUtils.resetCalendar();
  }
}
