package org.pragma.followup.digest;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Marks a scheduled job done (or taken) for one day, so it runs once per day however many server
 * instances share the database: the first instance to insert the (job, day) row wins; the primary
 * key refuses the others.
 */
@Stateless
public class JobClaims {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Resource SessionContext context;
  @Inject Clock clock;

  /** Whether the job's day is already claimed (done) by some instance. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isClaimed(String job, LocalDate day) {
    Number taken = (Number) em.createNativeQuery("select count(*) from job_run where job = ? and run_on = ?")
        .setParameter(1, job).setParameter(2, day).getSingleResult();
    return taken.longValue() > 0;
  }

  /** Forgets the day's run, so an admin can send a digest again (e.g. after a mail outage). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(String job, LocalDate day) {
    em.createNativeQuery("delete from job_run where job = ? and run_on = ?").setParameter(1, job).setParameter(2, day).executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, LocalDate day, String node) {
    if (isClaimed(job, day)) {
      return false;
    }
    try {
      em.createNativeQuery("insert into job_run (job, run_on, started_at, node) values (?, ?, ?, ?)")
          .setParameter(1, job).setParameter(2, day).setParameter(3, java.sql.Timestamp.from(clock.instant()))
          .setParameter(4, node).executeUpdate();
      return true;
    } catch (PersistenceException e) {
      context.setRollbackOnly();
      return false;
    }
  }
}
