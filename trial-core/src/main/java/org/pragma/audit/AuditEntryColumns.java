package org.pragma.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns of one audit entry, shared by an entry waiting to be sealed and the chained record it
 * becomes, so the two cannot differ in what they store.
 */
@MappedSuperclass
public abstract class AuditEntryColumns {
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AuditAction action;

  @Column(nullable = false, updatable = false, length = 40)
  private String entity;

  @Column(name = "entity_id", nullable = false, updatable = false, length = 80)
  private String entityId;

  @Column(updatable = false, length = 60)
  private String field;

  @Column(name = "old_value", updatable = false, length = 4000)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = 4000)
  private String newValue;

  @Column(updatable = false, length = 1000)
  private String reason;

  @Column(name = "study_code", updatable = false, length = 40)
  private String studyCode;

  @Column(name = "site_code", updatable = false, length = 40)
  private String siteCode;

  protected AuditEntryColumns() {}

  protected AuditEntryColumns(AuditEntry e) {
    this.recordedAt = e.recordedAt();
    this.username = e.username();
    this.action = e.action();
    this.entity = e.entity();
    this.entityId = e.entityId();
    this.field = e.field();
    this.oldValue = e.oldValue();
    this.newValue = e.newValue();
    this.reason = e.reason();
    this.studyCode = e.studyCode();
    this.siteCode = e.siteCode();
  }

  /** The content as stored now (for a record: to recompute its hash). */
  public AuditEntry entry() {
    return new AuditEntry(
        recordedAt, username, action, entity, entityId, field, oldValue, newValue, reason, studyCode, siteCode);
  }
}
