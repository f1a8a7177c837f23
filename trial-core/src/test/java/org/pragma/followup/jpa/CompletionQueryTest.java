package org.pragma.followup.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.ConsortOutcome;
import org.pragma.followup.VisitStatus;
import org.pragma.followup.VisitStatus.Completion;
import org.pragma.platform.DatabaseMigration;

/**
 * The completion counts the database computes are exactly the visit statuses the pages show, on
 * every edge: each combination of data (none, partial, complete on and around the window's edges),
 * patient status (followed, lost, withdrawn, died on and around the day the window closes) and
 * today (on and around both edges) is one site, counted by the real query on the migrated schema.
 */
class CompletionQueryTest {
  static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
  static final LocalDate TARGET = LocalDate.of(2026, 3, 15);
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);
  static final LocalDate REMIND = LocalDate.of(2026, 3, 10);

  record Case(long site, String dataState, LocalDate visitOn, PatientStatus status, LocalDate statusOn) {}

  JdbcDataSource ds;
  final List<Case> cases = new ArrayList<>();

  @BeforeEach
  void everyCombinationAsItsOwnSite() throws SQLException {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:completion" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("sa");
    DatabaseMigration.flyway(ds, getClass().getClassLoader()).migrate();
    List<LocalDate> completedOn = List.of(OPENS.minusDays(1), OPENS, CLOSES, CLOSES.plusDays(1));
    List<LocalDate> stoppedOn = List.of(OPENS.minusDays(40), OPENS, CLOSES.minusDays(1), CLOSES, CLOSES.plusDays(1));
    long site = 1;
    for (PatientStatus status : PatientStatus.values()) {
      List<LocalDate> statusDays = status == PatientStatus.ENROLLED ? java.util.Collections.singletonList(null) : stoppedOn;
      for (LocalDate statusOn : statusDays) {
        cases.add(new Case(site++, "NONE", null, status, statusOn));
        cases.add(new Case(site++, "INCOMPLETE", OPENS.plusDays(2), status, statusOn));
        for (LocalDate on : completedOn) {
          cases.add(new Case(site++, "COMPLETE", on, status, statusOn));
        }
      }
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("set referential_integrity false");
      for (Case k : cases) {
        insert(c, k);
      }
    }
  }

  @Test
  void eachVisitIsCountedInTheCategoryOfItsStatusAroundEveryWindowEdge() throws SQLException {
    for (LocalDate today : List.of(OPENS.minusDays(1), OPENS, TARGET, CLOSES, CLOSES.plusDays(1))) {
      Map<Long, Map<Completion, Long>> counted = count(today);
      for (Case k : cases) {
        Completion expected = VisitStatus.of(new VisitStatus.VisitDates(OPENS, TARGET, CLOSES, REMIND),
            k.dataState().equals("COMPLETE"), k.visitOn(), k.status(), k.statusOn(), today).completion();
        assertThat(counted.get(k.site()))
            .as("%s on %s", k, today)
            .containsEntry(expected, 1L)
            .allSatisfy((category, n) -> assertThat(n).isEqualTo(category == expected ? 1L : 0L));
      }
    }
  }

  @Test
  void withdrawnAndDeadPatientsAreNeverMissedOrPendingOnceTheyStoppedBeforeTheWindowClosed() throws SQLException {
    Map<Long, Map<Completion, Long>> counted = count(CLOSES.plusDays(1));
    long cancelled = cases.stream().filter(k -> counted.get(k.site()).get(Completion.CANCELLED) == 1L).count();
    long expected = cases.stream().filter(k -> !k.dataState().equals("COMPLETE") && !k.status().continuesFollowUp()
        && !k.statusOn().isAfter(CLOSES)).count();
    assertThat(cancelled).isEqualTo(expected).isPositive();
  }

  @Test
  void theSplitByPatientStatusCountsTheSameCategoriesAndTheOverdueVisitsOfTheStatusesThePagesShow() throws SQLException {
    for (LocalDate today : List.of(OPENS.minusDays(1), OPENS, TARGET, TARGET.plusDays(1), CLOSES, CLOSES.plusDays(1))) {
      try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(CompletionQuery.byPatientStatus(cases.size()))) {
        for (int i = 1; i <= 4; i++) {
          q.setDate(i, Date.valueOf(today));
        }
        q.setDate(5, Date.valueOf(OPENS.minusDays(90)));
        q.setDate(6, Date.valueOf(OPENS.minusDays(90)));
        q.setLong(7, 7);
        for (int i = 0; i < cases.size(); i++) {
          q.setLong(8 + i, cases.get(i).site());
          q.setLong(8 + cases.size() + i, cases.get(i).site());
        }
        Map<Long, long[]> bySite = new HashMap<>();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            long[] row = new long[6];
            for (int i = 0; i < 6; i++) {
              row[i] = rs.getLong(5 + i);
            }
            bySite.put(rs.getLong(1), row);
            assertThat(rs.getString(4)).isEqualTo(cases.get((int) rs.getLong(1) - 1).status().name());
          }
        }
        assertThat(bySite).hasSize(cases.size());
        for (Case k : cases) {
          VisitStatus status = VisitStatus.of(new VisitStatus.VisitDates(OPENS, TARGET, CLOSES, REMIND),
              k.dataState().equals("COMPLETE"), k.visitOn(), k.status(), k.statusOn(), today);
          long[] row = bySite.get(k.site());
          assertThat(row[status.completion().ordinal()]).as("%s on %s", k, today).isEqualTo(1L);
          assertThat(row[0] + row[1] + row[2] + row[3] + row[4]).isEqualTo(1L);
          assertThat(row[5]).as("overdue: %s on %s", k, today).isEqualTo(status == VisitStatus.OVERDUE ? 1L : 0L);
        }
      }
    }
  }

  @Test
  void theListsOutcomeConditionSelectsExactlyTheVisitsTheConsortFlowCountsAsThatOutcome() throws SQLException {
    for (LocalDate today : List.of(OPENS.minusDays(1), OPENS, TARGET, CLOSES, CLOSES.plusDays(1))) {
      Map<ConsortOutcome, List<Long>> expected = new EnumMap<>(ConsortOutcome.class);
      for (Case k : cases) {
        Completion completion = VisitStatus.of(new VisitStatus.VisitDates(OPENS, TARGET, CLOSES, REMIND),
            k.dataState().equals("COMPLETE"), k.visitOn(), k.status(), k.statusOn(), today).completion();
        expected.computeIfAbsent(ConsortOutcome.of(completion, k.status()), o -> new ArrayList<>()).add(k.site());
      }
      for (ConsortOutcome outcome : ConsortOutcome.values()) {
        String condition = CompletionQuery.outcome(outcome);
        List<Long> selected = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(
            "select p.site_id from patient p join patient_visit v on v.patient_id = p.id where " + condition + " order by p.site_id")) {
          for (int i = 1; i <= condition.chars().filter(ch -> ch == '?').count(); i++) {
            q.setDate(i, Date.valueOf(today));
          }
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              selected.add(rs.getLong(1));
            }
          }
        }
        assertThat(selected).as("%s on %s", outcome, today).isEqualTo(expected.getOrDefault(outcome, List.of()));
      }
    }
    assertThat(ConsortOutcome.of(Completion.MISSED, PatientStatus.LOST_TO_FOLLOW_UP)).isEqualTo(ConsortOutcome.LOST);
    assertThat(ConsortOutcome.of(Completion.CANCELLED, PatientStatus.DIED)).isEqualTo(ConsortOutcome.DIED);
    assertThat(ConsortOutcome.parse(" lost ")).contains(ConsortOutcome.LOST);
  }

  private Map<Long, Map<Completion, Long>> count(LocalDate today) throws SQLException {
    Map<Long, Map<Completion, Long>> bySite = new HashMap<>();
    try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(CompletionQuery.sql(cases.size()))) {
      q.setDate(1, Date.valueOf(today));
      q.setDate(2, Date.valueOf(today));
      q.setLong(3, 7);
      for (int i = 0; i < cases.size(); i++) {
        q.setLong(4 + i, cases.get(i).site());
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          Map<Completion, Long> counts = new EnumMap<>(Completion.class);
          counts.put(Completion.COMPLETED_IN_WINDOW, rs.getLong(4));
          counts.put(Completion.COMPLETED_OUT_OF_WINDOW, rs.getLong(5));
          counts.put(Completion.MISSED, rs.getLong(6));
          counts.put(Completion.PENDING, rs.getLong(7));
          counts.put(Completion.CANCELLED, rs.getLong(8));
          bySite.put(rs.getLong(1), counts);
        }
      }
    }
    assertThat(bySite).hasSize(cases.size());
    return bySite;
  }

  private static void insert(Connection c, Case k) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("insert into patient (id, study_id, site_id, screening_id, sequence_no,"
        + " study_patient_id, arm, protocol_version_id, enrolled_on, consent_model, status, status_on, idempotency_key,"
        + " enrolled_by, created_at, version) values (?, 7, ?, ?, 1, ?, 'ice', 1, ?, 'WAIVER', ?, ?, ?, 'it', current_timestamp, 0)")) {
      p.setLong(1, k.site());
      p.setLong(2, k.site());
      p.setLong(3, k.site());
      p.setString(4, "P-" + k.site());
      p.setDate(5, Date.valueOf(OPENS.minusDays(90)));
      p.setString(6, k.status().name());
      p.setDate(7, k.statusOn() == null ? null : Date.valueOf(k.statusOn()));
      p.setString(8, "k" + k.site());
      p.executeUpdate();
    }
    try (PreparedStatement v = c.prepareStatement("insert into patient_visit (id, patient_id, study_id, site_id, arm, code,"
        + " name, position, target_on, opens_on, closes_on, remind_on, data_state, visit_on, locked, version)"
        + " values (?, ?, 7, ?, 'ice', 'month-3', '3-month follow-up', 1, ?, ?, ?, ?, ?, ?, false, 0)")) {
      v.setLong(1, k.site());
      v.setLong(2, k.site());
      v.setLong(3, k.site());
      v.setDate(4, Date.valueOf(TARGET));
      v.setDate(5, Date.valueOf(OPENS));
      v.setDate(6, Date.valueOf(CLOSES));
      v.setDate(7, Date.valueOf(REMIND));
      v.setString(8, k.dataState());
      v.setDate(9, k.visitOn() == null ? null : Date.valueOf(k.visitOn()));
      v.executeUpdate();
    }
  }
}
