package org.pragma.security;

import java.util.Optional;

/**
 * The outcome of checking a username and password. Callers show every refusal the same way
 * ("wrong username or password, or the account is locked"), so nothing tells an attacker which
 * usernames exist or which accounts are locked.
 */
public record LoginResult(Outcome outcome, Caller caller) {
  public enum Outcome {
    SIGNED_IN,
    REFUSED,
    LOCKED
  }

  static LoginResult signedIn(UserAccount user) {
    return new LoginResult(Outcome.SIGNED_IN, user.caller());
  }

  static LoginResult refused() {
    return new LoginResult(Outcome.REFUSED, null);
  }

  static LoginResult locked() {
    return new LoginResult(Outcome.LOCKED, null);
  }

  public Optional<Caller> signedInCaller() {
    return Optional.ofNullable(caller);
  }
}
