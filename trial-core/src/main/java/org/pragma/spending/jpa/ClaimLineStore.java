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
 * {@code claim_line}, never one round trip per line,
 * and summed by SQL aggregates. Every method runs in the caller's transaction (the container shares
 * its connection with JPA's).
 */
@ApplicationScoped
public class ClaimLineStore {
  public static final int BATCH = 1000;

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  /** What one import has written so far: numbers its identical lines. */
  public static final class FileLines {
    private final LineOccurrences occurrences = new LineOccurrences();
  }

  /** A new file's line numbering, for the batches of one import. */
  public FileLines newFile() {
    return new FileLines();
  }

  /**
   * Adds a batch of a file's valid lines to {@code claim_line}. Identical lines within a file are
   * numbered (#1, #2...) in file order, so both count; a line whose key the source already has is
   * skipped, so importing the same file again adds nothing. The batches of one file come in file
   * order, with the same {@code file}, in one transaction.
   */
  public void add(long importId, long sourceId, FileLines file, List<ClaimLine> lines) {
    MessageDigest sha = sha256();
    try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (ClaimLine l : lines) {
        byte[] digest = sha.digest(l.naturalKey().getBytes(StandardCharsets.UTF_8));
        int occurrence = file.occurrences.next(java.nio.ByteBuffer.wrap(digest).getLong());
        String naturalKey = HexFormat.of().formatHex(digest) + "#" + occurrence;
        insert.setLong(1, importId);
        insert.setLong(2, sourceId);
        insert.setLong(3, l.patientId());
        insert.setLong(4, l.row());
        insert.setDate(5, Date.valueOf(l.serviceDate()));
        insert.setInt(6, l.studyDay());
        insert.setString(7, l.category().name());
        insert.setString(8, l.procedureCode());
        insert.setBigDecimal(9, l.units());
        insert.setBigDecimal(10, l.amount());
        decimal(insert, 11, l.allowedAmount());
        decimal(insert, 12, l.paidAmount());
        decimal(insert, 13, l.standardizedAmount());
        decimal(insert, 14, l.rvu());
        insert.setBoolean(15, l.spineRelated());
        insert.setBoolean(16, l.knownCode());
        insert.setString(17, naturalKey);
        insert.setLong(18, sourceId);
        insert.setString(19, naturalKey);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("adding claim lines failed", e);
    }
  }

  /** A line, unless its source already has a line with its key. */
  private static final String INSERT = "insert into claim_line (import_id, source_id, patient_id, row_no, service_on, study_day,"
      + " category, procedure_code, units, amount, allowed_amount, paid_amount, standardized_amount, rvu, spine_related, known_code,"
      + " natural_key) select ?, ?, ?, ?, cast(? as date), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
      + " where not exists (select 1 from claim_line c where c.source_id = ? and c.natural_key = ?)";

  /** The lines an import added. */
  public long linesOf(long importId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select count(*) from claim_line where import_id = ?")) {
      s.setLong(1, importId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting claim lines failed", e);
    }
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
