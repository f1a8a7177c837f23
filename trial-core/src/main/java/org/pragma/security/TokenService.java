package org.pragma.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Bearer tokens for the REST API: issued for a right username and password, valid for
 * {@code pragma.token.minutes}, and honoured only while the account is active and unlocked.
 */
@Stateless
@PermitAll
public class TokenService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @EJB UserService userService;
  @Inject Users users;
  @Inject ApiTokens tokens;
  @Inject SecuritySettings settings;
  @Inject Clock clock;

  /** A new token, or empty when the credentials are refused (the failure is counted). */
  public Optional<IssuedToken> issue(String username, String password) {
    if (userService.login(username, password).signedInCaller().isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    tokens.removeExpired(now);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant expires = now.plus(settings.tokenLifetime());
    tokens.add(new ApiToken(hashOf(token), username, now, expires));
    return Optional.of(new IssuedToken(token, expires));
  }

  /** Who a presented token belongs to, if it is known, unexpired and its account may sign in. */
  public Optional<Caller> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens.byHash(hashOf(token))
        .filter(t -> t.validAt(now))
        .flatMap(t -> users.byUsername(t.username()))
        .filter(u -> u.active() && !u.isLocked(now))
        .map(UserAccount::caller);
  }

  /** Ends a token before it expires (sign-out of a script). */
  public void revoke(String token) {
    if (token != null && token.length() <= 200) {
      tokens.remove(hashOf(token));
    }
  }

  static String hashOf(String token) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
