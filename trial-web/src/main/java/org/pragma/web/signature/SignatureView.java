package org.pragma.web.signature;

import java.time.Instant;
import org.pragma.signature.Signature;

/** A signature as shown (§11.50): printed name, username, when (UTC), meaning, and what was signed. */
public record SignatureView(
    long id, String fullName, String username, Instant signedAt, String meaning, String contentHash, String subject) {
  public static SignatureView of(Signature s) {
    return new SignatureView(
        s.id(), s.fullName(), s.username(), s.signedAt(), s.meaning().name(), s.contentHash(), s.subject());
  }
}
