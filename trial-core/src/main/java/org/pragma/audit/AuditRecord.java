package org.pragma.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the audit trail at position {@code seq} of the hash chain, written by the sealer from a
 * committed pending entry. Never changed once written.
 * Not cached: verification must read what the database holds now, not what this server wrote.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_record")
public class AuditRecord extends AuditEntryColumns {
  @Id private long seq;

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
    super(e);
    this.entryId = entryId;
    this.seq = seq;
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
}
