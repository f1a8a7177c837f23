package org.pragma.audit;

/**
 * Walks audit records in chain order and finds the first broken link: a missing position (a
 * deleted row), a record whose stored previous hash is not its predecessor's hash (a reordered or
 * inserted row), or a record whose content no longer produces its own hash (a changed row).
 */
public final class ChainVerifier {
  /** The hash the first record follows. */
  public static final String GENESIS = "0".repeat(64);

  private long expectedSeq = 1;
  private String previousHash = GENESIS;
  private long checked;
  private ChainVerification broken;

  /** Checks the next record; returns false once the chain is known to be broken. */
  public boolean accept(AuditRecord record) {
    if (broken != null) {
      return false;
    }
    checked++;
    if (record.seq() != expectedSeq) {
      broken = ChainVerification.brokenAt(checked, expectedSeq, "record " + expectedSeq + " is missing");
    } else if (!record.prevHash().equals(previousHash)) {
      broken = ChainVerification.brokenAt(checked, record.seq(), "does not follow the record before it");
    } else if (!record.entry().hash(record.seq(), record.prevHash()).equals(record.hash())) {
      broken = ChainVerification.brokenAt(checked, record.seq(), "its content was changed after it was written");
    } else {
      expectedSeq++;
      previousHash = record.hash();
      return true;
    }
    return false;
  }

  /** The verdict, given the head the application last wrote (catches removed trailing records). */
  public ChainVerification result(long headSeq, String headHash) {
    if (broken != null) {
      return broken;
    }
    if (expectedSeq - 1 != headSeq || !previousHash.equals(headHash)) {
      return ChainVerification.brokenAt(checked, expectedSeq, "records after " + (expectedSeq - 1) + " are missing");
    }
    return ChainVerification.ok(checked);
  }
}
