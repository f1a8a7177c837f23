package org.pragma.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A direct connection to the server's database (H2 in auto-server mode, or PostgreSQL), standing for
 * a second server instance that writes behind this one's back.
 */
final class Database {
  private Database() {}

  /** Runs one update with its parameters and returns the number of rows it changed. */
  static int update(String sql, Object... parameters) {
    try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
            System.getProperty("it.db.password"));
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
    }
  }
}
