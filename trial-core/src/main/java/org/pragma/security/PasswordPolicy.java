package org.pragma.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be (NIST SP 800-63B style): long rather than complex, at most 128
 * characters so hashing stays cheap to refuse, and not the username.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Every reason the password is refused; empty when it is acceptable. */
  public static List<String> problems(String username, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add("must be at least " + MIN_LENGTH + " characters");
      return problems;
    }
    if (password.length() > MAX_LENGTH) {
      problems.add("must be at most " + MAX_LENGTH + " characters");
    }
    if (password.isBlank() || password.chars().distinct().count() < 4) {
      problems.add("must use at least 4 different characters");
    }
    if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("must not contain the username");
    }
    return problems;
  }
}
