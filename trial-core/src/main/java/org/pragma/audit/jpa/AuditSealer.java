package org.pragma.audit.jpa;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pragma.audit.AuditLog;
import org.pragma.audit.AuditRecord;

/**
 * Places committed audit entries in the hash chain, every {@value #PERIOD_MS} ms and whenever a
 * reader asks. Only the holder of the {@code audit_head} row lock seals, so however many servers
 * share the database there is one sealer at a time, and writers never wait for it: they only insert
 * pending entries. Each batch seals entries in the order it finds them and deletes them in the same
 * transaction, so an entry is sealed exactly once, and a crash leaves it pending for the next batch.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealer {
  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
  static final long PERIOD_MS = 200;
  static final int BATCH = 1000;

  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Resource private UserTransaction tx;
  @Resource private SessionContext context;
  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject Clock clock;
  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    AuditSealer self = context.getBusinessObject(AuditSealer.class);
    task = scheduler.scheduleWithFixedDelay(() -> {
      try {
        self.sealCommitted();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Sealing the audit trail failed; the entries stay pending for the next run", e);
      }
    }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    task.cancel(false);
  }

  /** Seals every entry committed before the call; returns how many this call sealed. */
  public int sealCommitted() {
    int total = 0;
    int sealed;
    do {
      sealed = inTransaction(this::sealBatch);
      total += sealed;
    } while (sealed == BATCH);
    return total;
  }

  /** Stores a verification checkpoint; a checkpoint already stored there (by a concurrent verification) is kept. */
  public void saveCheckpoint(AuditLog.Head verified) {
    try {
      inTransaction(() -> em.createNativeQuery("select seq from audit_checkpoint where seq = ?1")
              .setParameter(1, verified.seq()).getResultList().isEmpty()
          ? em.createNativeQuery("insert into audit_checkpoint (seq, hash, verified_at) values (?1, ?2, ?3)")
              .setParameter(1, verified.seq()).setParameter(2, verified.hash())
              .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate()
          : 0);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Checkpoint " + verified.seq() + " was stored by another verification", e);
    }
  }

  private int sealBatch() {
    if (em.createQuery("select p.id from AuditPending p", Long.class).setMaxResults(1).getResultList().isEmpty()) {
      return 0;
    }
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    List<AuditPending> batch = em.createQuery("select p from AuditPending p order by p.id", AuditPending.class)
        .setMaxResults(BATCH).getResultList();
    long seq = head.lastSeq();
    String hash = head.lastHash();
    for (AuditPending pending : batch) {
      AuditRecord record = new AuditRecord(++seq, pending.entry(), hash, pending.id());
      em.persist(record);
      hash = record.hash();
    }
    if (!batch.isEmpty()) {
      em.createQuery("delete from AuditPending p where p.id in :ids")
          .setParameter("ids", batch.stream().map(AuditPending::id).toList()).executeUpdate();
      head.advance(seq, hash);
    }
    return batch.size();
  }

  private interface Work {
    int run();
  }

  private int inTransaction(Work work) {
    try {
      tx.begin();
      int result = work.run();
      tx.commit();
      return result;
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } catch (Exception e) {
      rollback();
      throw new IllegalStateException("The audit sealer's transaction failed", e);
    } finally {
      em.clear();
    }
  }

  private void rollback() {
    try {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Rolling back the audit sealer's transaction failed", e);
    }
  }
}
