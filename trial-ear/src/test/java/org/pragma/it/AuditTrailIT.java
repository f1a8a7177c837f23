package org.pragma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pragma.audit.AuditFilter;
import org.pragma.audit.AuditRow;
import org.pragma.audit.AuditTrail;
import org.pragma.audit.ChainVerification;
import org.pragma.audit.ReasonRequiredException;
import org.pragma.audit.UnknownCheckpointException;
import org.pragma.audit.jpa.AuditSealer;
import org.pragma.security.NewUser;
import org.pragma.security.Role;
import org.pragma.security.UserChange;
import org.pragma.security.UserService;
import org.pragma.study.NewStudy;
import org.pragma.study.StudyChange;
import org.pragma.study.StudyService;

/** The audit trail inside the server: a record per change, append-only rows, and tamper detection. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(AuditTrailIT.class, AsAdmin.class, StudyServiceIT.class);
  }

  @EJB AsAdmin asAdmin;
  @EJB StudyService studies;
  @EJB UserService users;
  @EJB AuditTrail trail;
  @EJB AuditSealer sealer;

  @Resource(lookup = "java:app/jdbc/pragma")
  DataSource dataSource;

  @Test
  void registeringAndCorrectingAStudyWritesOneRecordPerField() throws Exception {
    String code = StudyServiceIT.uniqueCode();
    asAdmin.call(() -> studies.register(new NewStudy(code, "Draft", null)));
    asAdmin.call(() -> studies.revise(code, new StudyChange("Final", null, true, "Approved by the DSMB")));

    List<AuditRow> rows = asAdmin.call(() -> trail.search(new AuditFilter(code, null, null, "study", code, null, null), 0, 50));

    assertEquals(5, rows.size(), "code, title, status at creation; title, status at correction");
    AuditRow title = rows.stream().filter(r -> r.action().equals("UPDATE") && r.field().equals("title")).findFirst().orElseThrow();
    assertEquals("Draft", title.oldValue());
    assertEquals("Final", title.newValue());
    assertEquals("Approved by the DSMB", title.reason());
    assertEquals("pragma:system", title.username());
    assertTrue(rows.stream().filter(r -> r.action().equals("CREATE")).allMatch(r -> r.reason() == null));
  }

  @Test
  void aChangeWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
    String name = "audit-" + System.nanoTime();
    asAdmin.call(() -> users.create(new NewUser(name, "Ana Lima", null, "correct horse battery staple", Set.of(Role.COORDINATOR), Set.of(), Set.of())));

    Exception e =
        assertThrows(
            Exception.class,
            () -> asAdmin.call(() -> users.update(name, new UserChange("Ana Souza", null, Set.of(Role.ADMIN), Set.of(), Set.of(), true, false, "  "))));

    assertTrue(hasCause(e, ReasonRequiredException.class) || hasCause(e, jakarta.validation.ConstraintViolationException.class), e.toString());
    assertEquals("Ana Lima", asAdmin.call(() -> users.byUsername(name)).fullName());
  }

  @Test
  void passwordsAreStoredOnlyAsSlowSaltedHashes() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select password_hash from app_user where username = 'admin'");
        ResultSet rs = s.executeQuery()) {
      assertTrue(rs.next());
      String hash = rs.getString(1);
      assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash.substring(0, 30));
      assertFalse(hash.contains(System.getProperty("pragma.admin.password", "it-first-password-2025")));
    }
  }

  @Test
  void auditRowsCannotBeChangedOrDeletedByTheApplicationsDatabaseUser() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("update audit_record set username = 'eve' where seq = 1"));
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_record where seq = 1"));
    }
    assertTrue(asAdmin.call(() -> trail.verify()).intact());
  }

  /**
   * Tampering needs a path the append-only trigger cannot stop: the test removes the trigger
   * (PostgreSQL: disables it as the table owner), changes one stored value, checks that
   * verification names that record, then restores the value and the trigger.
   */
  @Test
  void verificationFindsARowChangedDirectlyInTheDatabase() throws Exception {
    String code = StudyServiceIT.uniqueCode();
    asAdmin.call(() -> studies.register(new NewStudy(code, "Original title", null)));
    long seq = asAdmin.call(() -> trail.search(new AuditFilter(null, null, null, "study", code, null, null), 0, 10)).stream()
        .filter(r -> "title".equals(r.field())).findFirst().orElseThrow().seq();

    try (Connection c = dataSource.getConnection()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      withoutTrigger(c, postgres, () -> update(c, seq, "Forged title"));
      try {
        ChainVerification broken = asAdmin.call(() -> trail.verify());
        assertFalse(broken.intact());
        assertEquals(seq, broken.firstBrokenSeq());
        ChainVerification fromCheckpoint = asAdmin.call(() -> trail.verify(null, AuditTrail.MAX_VERIFY));
        assertFalse(fromCheckpoint.intact(), "the record was sealed after the newest checkpoint");
        assertEquals(seq, fromCheckpoint.firstBrokenSeq());
      } finally {
        withoutTrigger(c, postgres, () -> update(c, seq, "Original title"));
      }
    }
    assertTrue(asAdmin.call(() -> trail.verify()).intact());
  }

  /** Writers insert unsealed entries without a lock while sealers (background and on demand) run. */
  @Test
  void concurrentWritesAreEachSealedExactlyOnceInOneUnbrokenChain() throws Exception {
    List<String> codes = IntStream.range(0, 40).mapToObj(i -> StudyServiceIT.uniqueCode()).distinct().toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        done.add(pool.submit(() -> asAdmin.call(() -> studies.register(new NewStudy(code, "Concurrent", null)))));
        if (i % 5 == 0) {
          done.add(pool.submit(() -> sealer.sealCommitted()));
        }
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (String code : codes) {
      List<AuditRow> rows = asAdmin.call(() -> trail.search(new AuditFilter(code, null, null, "study", code, null, null), 0, 50));
      assertEquals(Set.of("code", "closed", "title"), rows.stream().map(AuditRow::field).collect(Collectors.toSet()), code);
      assertEquals(3, rows.size(), code);
    }
    ChainVerification chain = asAdmin.call(() -> trail.verify());
    assertTrue(chain.intact(), chain.toString());
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      assertEquals(0, count(s, "select count(*) from (select entry_id from audit_record where entry_id is not null"
          + " group by entry_id having count(*) > 1) twice"));
      assertEquals(codes.size() * 3L, count(s, "select count(*) from audit_record where entity = 'study' and entity_id in ('"
          + String.join("','", codes) + "')"));
      assertEquals(count(s, "select max(seq) from audit_record"), count(s, "select count(*) from audit_record"), "no gap in the chain");
    }
  }

  @Test
  void verificationContinuesFromItsLastCheckpointPageByPage() throws Exception {
    ChainVerification whole = asAdmin.call(() -> trail.verify(0L, AuditTrail.MAX_VERIFY));
    while (whole.intact() && !whole.complete()) { // a long-lived test database holds more than a page
      long from = whole.verifiedUpTo();
      whole = asAdmin.call(() -> trail.verify(from, AuditTrail.MAX_VERIFY));
    }
    String code = StudyServiceIT.uniqueCode();
    asAdmin.call(() -> studies.register(new NewStudy(code, "Checkpointed", null)));

    ChainVerification next = asAdmin.call(() -> trail.verify(null, AuditTrail.MAX_VERIFY));
    ChainVerification firstPage = asAdmin.call(() -> trail.verify(0L, 2));
    ChainVerification secondPage = asAdmin.call(() -> trail.verify(firstPage.verifiedUpTo(), AuditTrail.MAX_VERIFY));

    assertTrue(whole.intact() && whole.complete(), whole.toString());
    assertTrue(next.intact() && next.complete(), next.toString());
    assertEquals(whole.verifiedUpTo(), next.verifiedFrom(), "continues where the last verification stopped");
    assertEquals(next.verifiedUpTo() - whole.verifiedUpTo(), next.recordsChecked());
    assertTrue(next.recordsChecked() >= 3, "the new study's three records");
    assertTrue(firstPage.intact() && !firstPage.complete() && firstPage.verifiedUpTo() == 2, firstPage.toString());
    assertTrue(secondPage.intact() && secondPage.complete() && secondPage.verifiedFrom() == 2, secondPage.toString());
    Exception unknown = assertThrows(Exception.class, () -> asAdmin.call(() -> trail.verify(987_654_321L, 10)));
    assertTrue(hasCause(unknown, UnknownCheckpointException.class), unknown.toString());
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  interface Sql {
    void run() throws SQLException;
  }

  private static void update(Connection c, long seq, String value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("update audit_record set new_value = ? where seq = ?")) {
      s.setString(1, value);
      s.setLong(2, seq);
      assertEquals(1, s.executeUpdate());
    }
  }

  private static void withoutTrigger(Connection c, boolean postgres, Sql work) throws Exception {
    try (Statement s = c.createStatement()) {
      if (postgres) {
        s.execute("alter table audit_record disable trigger audit_record_append_only");
        try {
          work.run();
        } finally {
          s.execute("alter table audit_record enable trigger audit_record_append_only");
        }
      } else {
        s.execute("drop trigger audit_record_append_only");
        try {
          work.run();
        } finally {
          s.execute(h2TriggerDdl());
        }
      }
    }
  }

  /** The first statement of the H2 migration, so the restored trigger is exactly the migrated one. */
  private static String h2TriggerDdl() throws Exception {
    try (var in = AuditTrailIT.class.getClassLoader().getResourceAsStream("db/vendor/h2/V6__append_only.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return sql.substring(0, sql.indexOf(';')).strip();
    }
  }

  private static boolean hasCause(Throwable t, Class<?> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
