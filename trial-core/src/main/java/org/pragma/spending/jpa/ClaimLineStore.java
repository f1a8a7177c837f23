package org.pragma.spending.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pragma.platform.DataSourceConfig;
import org.pragma.spending.ClaimLine;
import org.pragma.spending.PatientSpending;
import org.pragma.spending.ServiceCategory;
import org.pragma.spending.SpendingWindow;

/**
 * Claim lines in the database, through plain JDBC: millions of lines are written in batches to a
 * staging table and merged into {@code claim_line} by one statement, never one round trip per line,
 * and summed by SQL aggregates. Every method runs in the caller's transaction (the container shares
 * its connection with JPA's).
 */
@ApplicationScoped
public class ClaimLineStore {
  public static final int BATCH = 1000;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  /** Writes a batch of a file's valid lines to the staging table. */
  public void stage(long importId, List<ClaimLine> lines) {
    String sql = "insert into claim_line_stage (import_id, row_no, patient_id, service_on, study_day, category, procedure_code,"
        + " units, amount, allowed_amount, paid_amount, standardized_amount, rvu, spine_related, known_code, line_key)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      MessageDigest sha = sha256();
      for (ClaimLine l : lines) {
        s.setLong(1, importId);
        s.setLong(2, l.row());
        s.setLong(3, l.patientId());
        s.setDate(4, Date.valueOf(l.serviceDate()));
        s.setInt(5, l.studyDay());
        s.setString(6, l.category().name());
        s.setString(7, l.procedureCode());
        s.setBigDecimal(8, l.units());
        s.setBigDecimal(9, l.amount());
        decimal(s, 10, l.allowedAmount());
        decimal(s, 11, l.paidAmount());
        decimal(s, 12, l.standardizedAmount());
        decimal(s, 13, l.rvu());
        s.setBoolean(14, l.spineRelated());
        s.setBoolean(15, l.knownCode());
        s.setString(16, HexFormat.of().formatHex(sha.digest(l.naturalKey().getBytes(StandardCharsets.UTF_8))));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("staging claim lines failed", e);
    }
  }

  /**
   * Moves an import's staged lines into {@code claim_line}: identical lines within the file are
   * numbered (#1, #2...) so both count, and a line whose key the source already has is skipped, so
   * importing the same file again adds nothing. Returns the number of lines added.
   */
  public long merge(long importId, long sourceId) {
    String sql = "insert into claim_line (import_id, source_id, patient_id, row_no, service_on, study_day, category, procedure_code,"
        + " units, amount, allowed_amount, paid_amount, standardized_amount, rvu, spine_related, known_code, natural_key)"
        + " select import_id, ?, patient_id, row_no, service_on, study_day, category, procedure_code, units, amount,"
        + " allowed_amount, paid_amount, standardized_amount, rvu, spine_related, known_code, line_key || '#' || occurrence"
        + " from (select s.*, row_number() over (partition by line_key order by row_no) as occurrence"
        + "       from claim_line_stage s where s.import_id = ?) x"
        + " where not exists (select 1 from claim_line c where c.source_id = ? and c.natural_key = x.line_key || '#' || x.occurrence)";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, sourceId);
      s.setLong(2, importId);
      s.setLong(3, sourceId);
      return s.executeLargeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("merging claim lines failed", e);
    }
  }

  public void clearStage(long importId) {
    update("delete from claim_line_stage where import_id = ?", importId);
  }

  /** Removes the lines an import added (when a corrected file replaces it). */
  public long removeLinesOf(long importId) {
    return update("delete from claim_line where import_id = ?", importId);
  }

  /** An import's added lines and amounts by category. */
  public Map<ServiceCategory, CategoryTotal> totals(long importId) {
    Map<ServiceCategory, CategoryTotal> totals = new EnumMap<>(ServiceCategory.class);
    String sql = "select category, count(*), sum(amount), sum(case when spine_related then amount else 0 end)"
        + " from claim_line where import_id = ? group by category";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, importId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          totals.put(ServiceCategory.valueOf(r.getString(1)), new CategoryTotal(r.getLong(2), r.getBigDecimal(3), r.getBigDecimal(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("summing claim lines failed", e);
    }
    return totals;
  }

  /** Lines and amounts of one category in an import. */
  public record CategoryTotal(long lines, BigDecimal amount, BigDecimal spineRelated) {}

  /**
   * Spending of the given patients in one period of the window, each patient present (with zeros
   * when they have no line): after = days 0..364, before = the look-back days −n..−1.
   */
  public Map<Long, PatientSpending> spending(List<Long> patientIds, SpendingWindow window, SpendingWindow.Period period) {
    Map<Long, PatientSpending> result = new LinkedHashMap<>();
    patientIds.forEach(id -> result.put(id, new PatientSpending()));
    int from = period == SpendingWindow.Period.AFTER ? 0 : -window.lookBackDays();
    int to = period == SpendingWindow.Period.AFTER ? SpendingWindow.FOLLOW_UP_DAYS - 1 : -1;
    List<Long> ids = new ArrayList<>(patientIds);
    for (int start = 0; start < ids.size(); start += BATCH) {
      List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + BATCH));
      String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      String sql = "select patient_id, category, spine_related, count(*), sum(amount), sum(rvu) from claim_line"
          + " where study_day between ? and ? and patient_id in (" + in + ") group by patient_id, category, spine_related";
      try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
        s.setInt(1, from);
        s.setInt(2, to);
        for (int i = 0; i < chunk.size(); i++) {
          s.setLong(3 + i, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            result.get(r.getLong(1)).add(r.getBigDecimal(5), r.getBoolean(3), r.getBigDecimal(6),
                ServiceCategory.valueOf(r.getString(2)), r.getLong(4));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("summing spending failed", e);
      }
    }
    return result;
  }

  private long update(String sql, long id) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      return s.executeLargeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  private static void decimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.NUMERIC);
    } else {
      s.setBigDecimal(index, value);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
