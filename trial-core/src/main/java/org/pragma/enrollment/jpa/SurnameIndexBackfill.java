package org.pragma.enrollment.jpa;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pragma.enrollment.IdentifierCipher;
import org.pragma.enrollment.PatientIdentifier;

/**
 * Gives every patient enrolled before the family-name index existed (migration V22) their index. The
 * index is an HMAC under the identifiers key, which only the application holds, so SQL cannot fill it:
 * at each start this bean fills the rows still without one, in the background, a batch per
 * transaction, so a large database neither delays the deployment nor holds long locks. Rows of
 * another key (a misconfigured key) are left as they are and counted in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SurnameIndexBackfill {
  private static final Logger LOG = Logger.getLogger(SurnameIndexBackfill.class.getName());
  private static final int BATCH = 500;

  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Resource private UserTransaction tx;
  @Resource private SessionContext context;
  @Inject IdentifierCipher cipher;

  @PostConstruct
  void start() {
    context.getBusinessObject(SurnameIndexBackfill.class).fill();
  }

  /** Fills the missing indexes batch by batch, after the deployment has finished. */
  @Asynchronous
  public void fill() {
    long after = Long.MIN_VALUE;
    int filled = 0;
    int failed = 0;
    try {
      while (true) {
        tx.begin();
        List<PatientIdentifier> batch = em.createQuery("select i from PatientIdentifier i where i.surnameIndex is null"
                + " and i.patientId > :after order by i.patientId", PatientIdentifier.class)
            .setParameter("after", after).setMaxResults(BATCH).getResultList();
        for (PatientIdentifier row : batch) {
          after = row.patientId();
          try {
            row.indexSurname(cipher);
            filled++;
          } catch (IllegalStateException e) {
            failed++;
          }
        }
        tx.commit();
        if (batch.size() < BATCH) {
          break;
        }
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Filling the family-name index stopped; it resumes at the next start", e);
      rollback();
    }
    int done = filled;
    int left = failed;
    if (done > 0 || left > 0) {
      LOG.info(() -> "Family-name index filled for " + done + " patients" + (left > 0
          ? "; " + left + " could not be read with the configured identifiers key" : ""));
    }
  }

  private void rollback() {
    try {
      tx.rollback();
    } catch (Exception ignored) {
      // no transaction was active
    }
  }
}
