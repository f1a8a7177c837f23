package org.pragma.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.pragma.security.Roles;

/**
 * Reading the audit trail, for admins and data managers (who serve the monitors): search with
 * filters, and verification of the whole hash chain.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
public class AuditTrail {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
  public static final int MAX_PAGE = 1000;

  @Inject AuditLog log;

  /** Matching records, newest first; {@code max} is capped at {@value #MAX_PAGE}. */
  public List<AuditRow> search(AuditFilter filter, int first, int max) {
    return log.search(filter, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
        .map(AuditRow::of)
        .toList();
  }

  public long count(AuditFilter filter) {
    return log.count(filter);
  }

  /** Walks the chain from the first record and reports the first broken link, if any. */
  public ChainVerification verify() {
    AuditLog.Head head = log.head();
    ChainVerifier verifier = new ChainVerifier();
    log.walk(verifier::accept);
    ChainVerification result = verifier.result(head.seq(), head.hash());
    if (!result.intact()) {
      LOG.severe(() -> "Audit trail broken at record " + result.firstBrokenSeq() + ": " + result.problem());
    }
    return result;
  }
}
