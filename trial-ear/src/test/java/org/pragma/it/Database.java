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

  /** A connection of its own, for a test that reads many times. */
  static Connection connect() {
    try {
      return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
          System.getProperty("it.db.password"));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not connect to " + System.getProperty("it.db.url") + ": " + e.getMessage(), e);
    }
  }

  /** The number a query of one count answers, on a connection of {@link #connect()}. */
  static long count(Connection c, String sql) {
    try (PreparedStatement s = c.prepareStatement(sql); java.sql.ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The number a query of one count answers. */
  static long count(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
    }
  }
}
