package org.pragma.security;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long (§11.300(d): detect and
 * deter unauthorized use). A lock-out of zero minutes means "until an admin unlocks it".
 */
public record LoginPolicy(int maxFailures, Duration lockout) {
  public LoginPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("pragma.login.max-failures must be at least 1");
    }
    if (lockout.isNegative()) {
      throw new IllegalArgumentException("pragma.login.lockout-minutes must not be negative");
    }
  }

  public boolean locksUntilUnlocked() {
    return lockout.isZero();
  }
}
