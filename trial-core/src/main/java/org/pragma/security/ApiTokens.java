package org.pragma.security;

import java.time.Instant;
import java.util.Optional;

/** Issued bearer tokens, by the SHA-256 of the token. */
public interface ApiTokens {
  Optional<ApiToken> byHash(String tokenHash);

  void add(ApiToken token);

  void remove(String tokenHash);

  /** Forgets tokens that expired before {@code now}. */
  void removeExpired(Instant now);
}
