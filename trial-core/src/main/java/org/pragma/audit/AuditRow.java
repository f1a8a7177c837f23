package org.pragma.audit;

import java.time.Instant;

/** One audit record as viewers and exports show it. */
public record AuditRow(
    long seq,
    Instant recordedAt,
    String username,
    String action,
    String entity,
    String entityId,
    String field,
    String oldValue,
    String newValue,
    String reason,
    String studyCode,
    String siteCode,
    String hash) {
  public static AuditRow of(AuditRecord r) {
    AuditEntry e = r.entry();
    return new AuditRow(
        r.seq(), e.recordedAt(), e.username(), e.action().name(), e.entity(), e.entityId(), e.field(),
        e.oldValue(), e.newValue(), e.reason(), e.studyCode(), e.siteCode(), r.hash());
  }
}
