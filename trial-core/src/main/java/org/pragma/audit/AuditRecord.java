package org.pragma.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the audit trail at position {@code seq} of the hash chain, written by the sealer from a
 * committed pending entry. Never changed once written.
 * Not cached: verification must read what the database holds now, not what this server wrote.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_record")
public class AuditRecord {
  @Id private long seq;

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

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  /** The pending entry this record sealed (null for records written before sealing existed). */
  @Column(name = "entry_id", updatable = false)
  private Long entryId;

  protected AuditRecord() {}

  public AuditRecord(long seq, AuditEntry e, String prevHash) {
    this(seq, e, prevHash, null);
  }

  /** Seals entry {@code entryId} at chain position {@code seq} after the record hashed {@code prevHash}. */
  public AuditRecord(long seq, AuditEntry e, String prevHash, Long entryId) {
    this.entryId = entryId;
    this.seq = seq;
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
    this.prevHash = prevHash;
    this.hash = e.hash(seq, prevHash);
  }

  public long seq() {
    return seq;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }

  /** The content as stored now, to recompute its hash. */
  public AuditEntry entry() {
    return new AuditEntry(
        recordedAt, username, action, entity, entityId, field, oldValue, newValue, reason,
        studyCode, siteCode);
  }
}
