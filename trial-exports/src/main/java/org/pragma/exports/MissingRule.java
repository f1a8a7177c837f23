package org.pragma.exports;

import java.util.Objects;

/** A missing-value code a variable can take, and why it happens for that variable. */
public record MissingRule(Missing code, String reason) {
  public MissingRule {
    Objects.requireNonNull(code, "code");
    if (reason == null || reason.isBlank()) {
      reason = code.meaning();
    }
  }
}
