package org.pragma.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where audit records are kept. */
public interface AuditLog {
  /**
   * Records entries within the caller's transaction, in order, without waiting for the chain: they
   * are sealed into the chain shortly after the transaction commits (see {@link #seal()}).
   */
  void append(List<AuditEntry> entries);

  /** Seals every entry committed so far into the chain, so reads that follow see them in it. */
  void seal();

  /** Entries committed but not yet sealed. */
  long pending();

  /** Matching records, newest first (entries committed before the call are sealed first). */
  List<AuditRecord> search(AuditFilter filter, int first, int max);

  long count(AuditFilter filter);

  /**
   * The records about any of these subjects (entity and id, and the study when it names one), newest
   * first: a patient's history with their visits, contacts and screening in one query.
   */
  List<AuditRecord> about(List<AuditSubject> subjects, int first, int max);

  long countAbout(List<AuditSubject> subjects);

  /** Feeds the records after position {@code after} up to {@code upTo}, in chain order, to {@code sink} until it returns false. */
  void walk(long after, long upTo, Predicate<AuditRecord> sink);

  /** Position and hash of the last sealed record. */
  Head head();

  /** The newest verification checkpoint, if the chain was ever verified. */
  Optional<Head> latestCheckpoint();

  /** The checkpoint stored at position {@code seq}, if there is one. */
  Optional<Head> checkpoint(long seq);

  /** Remembers that the chain verified up to this position with this hash. */
  void saveCheckpoint(Head verified);

  /** A position in the chain and the hash of the record there. */
  record Head(long seq, String hash) {}
}
