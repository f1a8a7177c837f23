package org.pragma.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void acceptsALongPassphrase() {
    assertThat(PasswordPolicy.problems("ana", "correct horse battery staple")).isEmpty();
  }

  @Test
  void refusesShortRepetitiveOrUsernameBasedPasswords() {
    assertThat(PasswordPolicy.problems("ana", "short")).containsExactly("must be at least 12 characters");
    assertThat(PasswordPolicy.problems("ana", "aaaaaaaaaaaaaaaa")).contains("must use at least 4 different characters");
    assertThat(PasswordPolicy.problems("ana.lima", "my-ANA.LIMA-password")).contains("must not contain the username");
    assertThat(PasswordPolicy.problems("ana", "x".repeat(129))).contains("must be at most 128 characters");
  }
}
