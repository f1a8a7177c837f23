package org.pragma.audit;

/** What happened to the record. DELETE is only for non-clinical data (e.g. a revoked token). */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
