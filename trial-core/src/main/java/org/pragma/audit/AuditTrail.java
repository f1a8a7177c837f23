package org.pragma.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.pragma.security.Roles;

/**
 * Reading the audit trail, for admins and data managers (who serve the monitors): search with
 * filters, and verification of the hash chain, whole or page by page from a checkpoint.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
public class AuditTrail {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
  public static final int MAX_PAGE = 1000;
  /** Records one verification request walks at most. */
  public static final int MAX_VERIFY = 200_000;

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

  /** Walks the chain from the first record to the end and reports the first broken link, if any. */
  public ChainVerification verify() {
    ChainVerification result = verify(0L, Integer.MAX_VALUE);
    while (result.intact() && !result.complete()) {
      result = verify(result.verifiedUpTo(), Integer.MAX_VALUE).counting(result);
    }
    return result;
  }

  /**
   * Verifies at most {@code max} records (capped at {@value #MAX_VERIFY}) after position {@code
   * from}: 0 is the first record, null the newest checkpoint, any other value must be a checkpoint
   * an earlier verification stored. An intact page stores a checkpoint where it stopped, so the
   * next verification continues from there instead of walking the chain again.
   */
  public ChainVerification verify(Long from, int max) {
    log.seal();
    AuditLog.Head start = from == null
        ? log.latestCheckpoint().orElse(new AuditLog.Head(0, ChainVerifier.GENESIS))
        : from == 0 ? new AuditLog.Head(0, ChainVerifier.GENESIS) : log.checkpoint(from).orElseThrow(() -> new UnknownCheckpointException(from));
    AuditLog.Head head = log.head();
    long upTo = Math.min(head.seq(), start.seq() + Math.min(Math.max(1, max), MAX_VERIFY));
    ChainVerifier verifier = new ChainVerifier(start.seq(), start.hash());
    log.walk(start.seq(), upTo, verifier::accept);
    ChainVerification result = (upTo == head.seq() ? verifier.result(head.seq(), head.hash()) : verifier.resultUpTo(upTo))
        .withPending(log.pending());
    if (!result.intact()) {
      LOG.severe(() -> "Audit trail broken at record " + result.firstBrokenSeq() + ": " + result.problem());
    } else if (upTo > start.seq()) {
      log.saveCheckpoint(new AuditLog.Head(upTo, verifier.lastHash()));
    }
    return result;
  }
}
