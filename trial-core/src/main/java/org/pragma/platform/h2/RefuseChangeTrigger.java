package org.pragma.platform.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every update and delete of the rows of an append-only table (committed
 * randomizations, locked arms). PostgreSQL gets the same rule from a PL/pgSQL trigger.
 */
public class RefuseChangeTrigger implements Trigger {
  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("Rows of " + table + " are committed and cannot be changed or deleted", "P0001");
  }
}
