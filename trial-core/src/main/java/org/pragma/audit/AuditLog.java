package org.pragma.audit;

import java.util.List;
import java.util.function.Predicate;

/** Where audit records are kept. */
public interface AuditLog {
  /** Appends entries at the end of the chain, in order, within the caller's transaction. */
  void append(List<AuditEntry> entries);

  /** Matching records, newest first. */
  List<AuditRecord> search(AuditFilter filter, int first, int max);

  long count(AuditFilter filter);

  /**
   * The records about any of these subjects (entity and id, and the study when it names one), newest
   * first: a patient's history with their visits, contacts and screening in one query.
   */
  List<AuditRecord> about(List<AuditSubject> subjects, int first, int max);

  long countAbout(List<AuditSubject> subjects);

  /** Feeds every record in chain order to {@code sink} until it returns false. */
  void walk(Predicate<AuditRecord> sink);

  /** Position and hash of the last record the application wrote. */
  Head head();

  /** The end of the chain as the application last wrote it. */
  record Head(long seq, String hash) {}
}
