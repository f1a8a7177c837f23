package org.pragma.audit;

/**
 * Walks audit records in chain order and finds the first broken link: a missing position (a
 * deleted row), a record whose stored previous hash is not its predecessor's hash (a reordered or
 * inserted row), or a record whose content no longer produces its own hash (a changed row). It
 * starts at the beginning of the chain or after a checkpoint (a position and the hash verified there).
 */
public final class ChainVerifier {
  /** The hash the first record follows. */
  public static final String GENESIS = "0".repeat(64);

  private final long from;
  private long expectedSeq;
  private String previousHash;
  private long checked;
  private ChainVerification broken;

  public ChainVerifier() {
    this(0, GENESIS);
  }

  /** Continues after the record at {@code afterSeq}, whose hash was verified as {@code afterHash}. */
  public ChainVerifier(long afterSeq, String afterHash) {
    this.from = afterSeq;
    this.expectedSeq = afterSeq + 1;
    this.previousHash = afterHash;
  }

  /** Checks the next record; returns false once the chain is known to be broken. */
  public boolean accept(AuditRecord record) {
    if (broken != null) {
      return false;
    }
    checked++;
    if (record.seq() != expectedSeq) {
      broken = ChainVerification.brokenAt(from, checked, expectedSeq, "record " + expectedSeq + " is missing");
    } else if (!record.prevHash().equals(previousHash)) {
      broken = ChainVerification.brokenAt(from, checked, record.seq(), "does not follow the record before it");
    } else if (!record.entry().hash(record.seq(), record.prevHash()).equals(record.hash())) {
      broken = ChainVerification.brokenAt(from, checked, record.seq(), "its content was changed after it was written");
    } else {
      expectedSeq++;
      previousHash = record.hash();
      return true;
    }
    return false;
  }

  /** The hash of the last record verified (the checkpoint to continue from). */
  public String lastHash() {
    return previousHash;
  }

  /** The verdict, given the head the application last wrote (catches removed trailing records). */
  public ChainVerification result(long headSeq, String headHash) {
    if (broken != null) {
      return broken;
    }
    if (expectedSeq - 1 != headSeq || !previousHash.equals(headHash)) {
      return ChainVerification.brokenAt(from, checked, expectedSeq, "records after " + (expectedSeq - 1) + " are missing");
    }
    return ChainVerification.ok(from, headSeq, checked, true);
  }

  /** The verdict of one page that stopped at {@code upTo}, before the head. */
  public ChainVerification resultUpTo(long upTo) {
    if (broken != null) {
      return broken;
    }
    if (expectedSeq - 1 != upTo) {
      return ChainVerification.brokenAt(from, checked, expectedSeq, "record " + expectedSeq + " is missing");
    }
    return ChainVerification.ok(from, upTo, checked, false);
  }
}
