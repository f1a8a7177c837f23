package org.pragma.audit;

/**
 * The outcome of walking the hash chain from position {@code verifiedFrom} (0: the first record; else
 * a stored checkpoint) to {@code verifiedUpTo}: how many records were checked and, when it is broken,
 * the first position at which it breaks and what is wrong there. {@code complete} says the walk
 * reached the end of the sealed chain; {@code pending} counts entries committed but not yet sealed
 * (they are not broken, only not yet in the chain).
 */
public record ChainVerification(
    boolean intact,
    long recordsChecked,
    Long firstBrokenSeq,
    String problem,
    long verifiedFrom,
    long verifiedUpTo,
    boolean complete,
    long pending) {
  public static ChainVerification ok(long checked) {
    return ok(0, checked, checked, true);
  }

  public static ChainVerification ok(long from, long upTo, long checked, boolean complete) {
    return new ChainVerification(true, checked, null, null, from, upTo, complete, 0);
  }

  public static ChainVerification brokenAt(long checked, long seq, String problem) {
    return brokenAt(0, checked, seq, problem);
  }

  public static ChainVerification brokenAt(long from, long checked, long seq, String problem) {
    return new ChainVerification(false, checked, seq, problem, from, seq - 1, false, 0);
  }

  /** This page's verdict as a continuation of {@code earlier}: counted and reported from where it began. */
  public ChainVerification counting(ChainVerification earlier) {
    return new ChainVerification(intact, earlier.recordsChecked + recordsChecked, firstBrokenSeq, problem,
        earlier.verifiedFrom, verifiedUpTo, complete, pending);
  }

  /** The same verdict with the number of entries still waiting to be sealed. */
  public ChainVerification withPending(long count) {
    return new ChainVerification(
        intact, recordsChecked, firstBrokenSeq, problem, verifiedFrom, verifiedUpTo, complete, count);
  }
}
