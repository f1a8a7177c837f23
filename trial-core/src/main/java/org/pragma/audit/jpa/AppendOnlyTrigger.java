package org.pragma.audit.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's append-only guard for the audit trail and signatures (PostgreSQL uses a plpgsql trigger).
 * H2 finds this class through the thread context class loader of the application, which is why it
 * is a class here and not compiled source: H2 compiles source triggers against the server's class
 * path, which does not hold H2's own API inside Payara.
 */
public class AppendOnlyTrigger implements Trigger {
  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    this.table = tableName.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(table + " is append-only: rows cannot be changed or deleted", "42501");
  }
}
