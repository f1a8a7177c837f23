package org.pragma.audit;

/**
 * The outcome of walking the hash chain: how many records were checked and, when it is broken,
 * the first position at which it breaks and what is wrong there.
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String problem) {
  public static ChainVerification ok(long checked) {
    return new ChainVerification(true, checked, null, null);
  }

  public static ChainVerification brokenAt(long checked, long seq, String problem) {
    return new ChainVerification(false, checked, seq, problem);
  }
}
