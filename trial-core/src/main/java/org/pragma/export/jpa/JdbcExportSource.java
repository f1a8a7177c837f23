package org.pragma.export.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.pragma.enrollment.PatientStatus;
import org.pragma.export.ExportSource;
import org.pragma.platform.DataSourceConfig;

/**
 * The export's reads as three cursors ordered by patient (patients, visits with responses, claim
 * sums by day) merged while they stream, with a fetch size so that neither H2 nor PostgreSQL loads a
 * result whole. PostgreSQL only uses a cursor outside auto-commit, hence the read-only transaction.
 */
@ApplicationScoped
public class JdbcExportSource implements ExportSource {
  static final int FETCH = 2000;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Override
  public Optional<Instant> lastChange(String studyCode) {
    return one("select max(t) from (select max(recorded_at) t from audit_record where study_code = ? and entity <> 'analysis-export'"
            + " union all select max(recorded_at) t from audit_pending where study_code = ? and entity <> 'analysis-export') changes",
        s -> {
          s.setString(1, studyCode);
          s.setString(2, studyCode);
        }, r -> Optional.ofNullable(r.getTimestamp(1)).map(Timestamp::toInstant));
  }

  @Override
  public Map<String, Long> protocolVersions(long studyId) {
    return one("select v.version_label, count(*) from patient p join protocol_version v on v.id = p.protocol_version_id"
        + " where p.study_id = ? group by v.version_label", s -> s.setLong(1, studyId), r -> {
          Map<String, Long> counts = new TreeMap<>();
          do {
            counts.put(r.getString(1), r.getLong(2));
          } while (r.next());
          return counts;
        }, new TreeMap<>());
  }

  @Override
  public long patientCount(long studyId) {
    return one("select count(*) from patient where study_id = ?", s -> s.setLong(1, studyId), r -> r.getLong(1));
  }

  @Override
  public long screeningCount(long studyId) {
    return one("select count(*) from screening c join site s on s.id = c.site_id where s.study_id = ?",
        s -> s.setLong(1, studyId), r -> r.getLong(1));
  }

  @Override
  public List<SiteFacts> sites(long studyId) {
    Map<Long, Map<String, String>> covariates = new LinkedHashMap<>();
    List<SiteFacts> sites = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("select k.site_id, k.code, k.val from site_covariate k join site s on s.id = k.site_id"
          + " where s.study_id = ? order by k.site_id, k.code")) {
        s.setLong(1, studyId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            covariates.computeIfAbsent(r.getLong(1), k -> new TreeMap<>()).put(r.getString(2), r.getString(3));
          }
        }
      }
      String sql = "select s.id, s.code, a.arm_code, s.stratum, w.wave,"
          + " (select count(*) from screening c where c.site_id = s.id),"
          + " (select count(*) from screening c where c.site_id = s.id and c.eligible),"
          + " (select count(*) from patient p where p.site_id = s.id)"
          + " from site s left join site_arm a on a.site_id = s.id left join site_randomization w on w.id = a.randomization_id"
          + " where s.study_id = ? order by s.code";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, studyId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            int wave = r.getInt(5);
            sites.add(new SiteFacts(r.getString(2), r.getString(3), r.getString(4), r.wasNull() ? null : wave,
                covariates.getOrDefault(r.getLong(1), Map.of()), r.getLong(6), r.getLong(7), r.getLong(8)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the sites for an export failed", e);
    }
    return sites;
  }

  @Override
  public void patients(long studyId, PatientHandler handler) throws IOException {
    String patients = "select p.id, p.study_patient_id, s.code, p.arm, p.intervention_package, p.risk_group, v.version_label,"
        + " p.enrolled_on, p.status, p.status_on, c.age, c.sex, c.pain_location"
        + " from patient p join site s on s.id = p.site_id join screening c on c.id = p.screening_id"
        + " join protocol_version v on v.id = p.protocol_version_id where p.study_id = ? order by p.id";
    String visits = "select v.patient_id, v.code, v.opens_on, v.target_on, v.closes_on, v.remind_on, v.data_state, v.visit_on,"
        + " r.instrument, r.scored, r.total, r.percent, r.t_score, r.answers_json, v.id"
        + " from patient_visit v left join instrument_response r on r.visit_id = v.id"
        + " where v.study_id = ? order by v.patient_id, v.position, v.id, r.instrument";
    String claims = "select l.patient_id, l.category, l.spine_related, l.study_day, count(*), sum(l.amount)"
        + " from claim_line l join patient p on p.id = l.patient_id where p.study_id = ?"
        + " group by l.patient_id, l.category, l.spine_related, l.study_day"
        + " order by l.patient_id, l.category, l.spine_related, l.study_day";
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (ResultSet p = cursor(c, patients, studyId); ResultSet v = cursor(c, visits, studyId);
          ResultSet l = cursor(c, claims, studyId)) {
        Cursor visitRows = new Cursor(v);
        Cursor claimRows = new Cursor(l);
        while (p.next()) {
          long id = p.getLong(1);
          PatientFacts patient = new PatientFacts(id, p.getString(2), p.getString(3), p.getString(4), p.getString(5),
              p.getString(6), p.getString(7), p.getDate(8).toLocalDate(), PatientStatus.valueOf(p.getString(9)),
              date(p.getDate(10)), integer(p, 11), p.getString(12), p.getString(13));
          handler.patient(patient, visitsOf(id, visitRows), claimsOf(id, claimRows));
        }
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the patients for an export failed", e);
    }
  }

  /** A cursor ordered by patient id (its first column), positioned on its next unread row. */
  private static final class Cursor {
    final ResultSet rows;
    boolean more;

    Cursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.more = rows.next();
    }

    /** Skips the rows of patients before {@code id}; true while the cursor is on a row of {@code id}. */
    boolean at(long id) throws SQLException {
      while (more && rows.getLong(1) < id) {
        more = rows.next();
      }
      return more && rows.getLong(1) == id;
    }

    void next() throws SQLException {
      more = rows.next();
    }
  }

  /** The patient's visits, each with its responses (one row per visit and response). */
  private static List<VisitFacts> visitsOf(long id, Cursor c) throws SQLException {
    List<VisitFacts> visits = new ArrayList<>();
    ResultSet v = c.rows;
    while (c.at(id)) {
      long visitId = v.getLong(15);
      String code = v.getString(2);
      LocalDate opens = date(v.getDate(3));
      LocalDate target = date(v.getDate(4));
      LocalDate closes = date(v.getDate(5));
      LocalDate remind = date(v.getDate(6));
      boolean complete = "COMPLETE".equals(v.getString(7));
      LocalDate on = date(v.getDate(8));
      List<ResponseFacts> responses = new ArrayList<>();
      while (c.at(id) && v.getLong(15) == visitId) {
        if (v.getString(9) != null) {
          responses.add(new ResponseFacts(v.getString(9), v.getBoolean(10), integer(v, 11), v.getBigDecimal(12),
              v.getBigDecimal(13), v.getString(14)));
        }
        c.next();
      }
      visits.add(new VisitFacts(code, opens, target, closes, remind, complete, on, responses));
    }
    return visits;
  }

  /** The patient's claim sums by category, spine flag and study day. */
  private static List<ClaimFacts> claimsOf(long id, Cursor c) throws SQLException {
    List<ClaimFacts> claims = new ArrayList<>();
    ResultSet l = c.rows;
    while (c.at(id)) {
      claims.add(new ClaimFacts(l.getString(2), l.getBoolean(3), l.getInt(4), l.getLong(5), l.getBigDecimal(6)));
      c.next();
    }
    return claims;
  }

  @Override
  public void screenings(long studyId, ScreeningHandler handler) throws IOException {
    String sql = "select s.code, a.arm_code, c.screened_on, c.age, c.sex, c.pain_location, c.eligible,"
        + " case when exists (select 1 from patient p where p.screening_id = c.id) then 1 else 0 end, c.failed_json"
        + " from screening c join site s on s.id = c.site_id left join site_arm a on a.site_id = s.id"
        + " where s.study_id = ? order by c.screened_on, c.id";
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (ResultSet r = cursor(c, sql, studyId)) {
        while (r.next()) {
          handler.screening(new ScreeningFacts(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(), integer(r, 4),
              r.getString(5), r.getString(6), r.getBoolean(7), r.getInt(8) == 1, r.getString(9)));
        }
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the screenings for an export failed", e);
    }
  }

  private static ResultSet cursor(Connection c, String sql, long studyId) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    s.setFetchSize(FETCH);
    s.setLong(1, studyId);
    s.closeOnCompletion();
    return s.executeQuery();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static Integer integer(ResultSet r, int column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? null : value;
  }

  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  interface Reader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> T one(String sql, Binder binder, Reader<T> reader) {
    return one(sql, binder, reader, null);
  }

  private <T> T one(String sql, Binder binder, Reader<T> reader, T empty) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? reader.read(r) : empty;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }
}
