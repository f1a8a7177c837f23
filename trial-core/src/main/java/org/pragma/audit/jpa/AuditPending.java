package org.pragma.audit.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.pragma.audit.AuditEntry;
import org.pragma.audit.AuditEntryColumns;

/**
 * An audit entry committed with the change it records but not yet placed in the hash chain. The
 * sealer turns it into an {@link org.pragma.audit.AuditRecord} and deletes it in one transaction.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_pending")
class AuditPending extends AuditEntryColumns {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
  private Long id;

  protected AuditPending() {}

  AuditPending(AuditEntry e) {
    super(e);
  }

  long id() {
    return id;
  }
}
