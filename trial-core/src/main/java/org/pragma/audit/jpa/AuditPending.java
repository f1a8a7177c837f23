package org.pragma.audit.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pragma.audit.AuditAction;
import org.pragma.audit.AuditEntry;

/**
 * An audit entry committed with the change it records but not yet placed in the hash chain. The
 * sealer turns it into an {@link org.pragma.audit.AuditRecord} and deletes it in one transaction.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_pending")
class AuditPending {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
  private Long id;

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

  protected AuditPending() {}

  AuditPending(AuditEntry e) {
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

  long id() {
    return id;
  }

  AuditEntry entry() {
    return new AuditEntry(
        recordedAt, username, action, entity, entityId, field, oldValue, newValue, reason, studyCode, siteCode);
  }
}
