package org.pragma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {
  static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
  final LoginPolicy policy = new LoginPolicy(3, Duration.ofMinutes(15));
  final UserAccount user = new UserAccount("ana", "Ana Lima", "hash", Set.of(Role.COORDINATOR), NOON);

  @Test
  void locksAfterTheConfiguredNumberOfWrongPasswordsInARow() {
    assertThat(user.recordFailedLogin(NOON, policy)).isFalse();
    assertThat(user.recordFailedLogin(NOON, policy)).isFalse();
    assertThat(user.recordFailedLogin(NOON, policy)).isTrue();

    assertThat(user.isLocked(NOON.plusSeconds(60))).isTrue();
    assertThat(user.isLocked(NOON.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aRightPasswordStartsTheCountAgain() {
    user.recordFailedLogin(NOON, policy);
    user.recordFailedLogin(NOON, policy);
    user.recordSuccessfulLogin();
    user.recordFailedLogin(NOON, policy);

    assertThat(user.isLocked(NOON)).isFalse();
    assertThat(user.failedLogins()).isEqualTo(1);
  }

  @Test
  void aZeroLockoutLastsUntilAnAdminUnlocks() {
    LoginPolicy untilUnlocked = new LoginPolicy(1, Duration.ZERO);
    user.recordFailedLogin(NOON, untilUnlocked);

    assertThat(user.isLocked(NOON.plus(Duration.ofDays(3650)))).isTrue();
    user.unlock();
    assertThat(user.isLocked(NOON)).isFalse();
  }
}
