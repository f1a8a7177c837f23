package org.pragma.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The content of one audit record and the rule that chains it: its hash is SHA-256 over the
 * previous record's hash and a canonical text of every field, each field length-prefixed so no
 * two different records can produce the same text.
 */
public record AuditEntry(
    Instant recordedAt,
    String username,
    AuditAction action,
    String entity,
    String entityId,
    String field,
    String oldValue,
    String newValue,
    String reason,
    String studyCode,
    String siteCode) {

  /** The hash of the entry at chain position {@code seq} following {@code previousHash}. */
  public String hash(long seq, String previousHash) {
    StringBuilder text = new StringBuilder(previousHash).append('\n').append(seq);
    for (String part :
        new String[] {
          recordedAt.toString(), username, action.name(), entity, entityId, field, oldValue,
          newValue, reason, studyCode, siteCode
        }) {
      text.append('|');
      if (part == null) {
        text.append('-');
      } else {
        text.append(part.length()).append(':').append(part);
      }
    }
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
