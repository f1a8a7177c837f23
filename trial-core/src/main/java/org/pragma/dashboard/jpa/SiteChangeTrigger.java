package org.pragma.dashboard.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's trigger advancing a site's change number for each row written to the data the dashboard counts
 * (PostgreSQL uses statement-level plpgsql triggers, V36_1). On {@code site} it creates the new site's
 * change number; on {@code instrument_response} the site is the questionnaire's visit's. Like
 * {@link org.pragma.audit.jpa.AppendOnlyTrigger}, a class of the application that H2 finds through the
 * thread context class loader.
 */
public class SiteChangeTrigger implements Trigger {
  private static final String ADVANCE = "update site_change set changes = changes + 1 where site_id = ?";
  private static final String ADVANCE_BY_VISIT =
      "update site_change set changes = changes + 1 where site_id = (select site_id from patient_visit where id = ?)";

  private String table;
  private int column;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
      throws SQLException {
    table = tableName.toLowerCase(Locale.ROOT);
    String key = switch (table) {
      case "site" -> "ID";
      case "instrument_response" -> "VISIT_ID";
      default -> "SITE_ID";
    };
    try (PreparedStatement q = conn.prepareStatement("select ordinal_position from information_schema.columns"
        + " where table_schema = ? and table_name = ? and column_name = ?")) {
      q.setString(1, schemaName);
      q.setString(2, tableName);
      q.setString(3, key);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("Table " + tableName + " has no column " + key + " for its site change trigger");
        }
        column = r.getInt(1) - 1;
      }
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    Object now = newRow == null ? null : newRow[column];
    Object before = oldRow == null ? null : oldRow[column];
    if (table.equals("site")) {
      if (oldRow == null && now != null) {
        try (PreparedStatement s = conn.prepareStatement("insert into site_change (site_id, changes) values (?, 0)")) {
          s.setObject(1, now);
          s.executeUpdate();
        }
      }
      return;
    }
    String sql = table.equals("instrument_response") ? ADVANCE_BY_VISIT : ADVANCE;
    advance(conn, sql, now);
    if (!Objects.equals(before, now)) {
      advance(conn, sql, before);
    }
  }

  private static void advance(Connection conn, String sql, Object key) throws SQLException {
    if (key == null) {
      return;
    }
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      s.setObject(1, key);
      s.executeUpdate();
    }
  }
}
