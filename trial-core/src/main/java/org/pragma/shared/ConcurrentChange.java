package org.pragma.shared;

import java.sql.SQLException;

/**
 * Recognises a write that lost a race: an optimistic-lock conflict (someone saved the same record
 * since it was read) or a unique constraint that another transaction satisfied first (two clinics
 * registered under one code at the same moment). Both databases report the latter with SQLState
 * 23505. The boundaries answer such failures with 409 and the message below, never with a 500.
 */
public final class ConcurrentChange {
  /** What the user is told: nothing was saved, and what to do. */
  public static final String MESSAGE = "Someone else changed or created the same record at the same moment;"
      + " nothing was saved. Reload and try again.";

  private static final String UNIQUE_VIOLATION = "23505";

  private ConcurrentChange() {}

  /** Whether {@code failure} or any of its causes is a lost race. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
        return true;
      }
      if (t instanceof SQLException sql && uniqueViolation(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean uniqueViolation(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
