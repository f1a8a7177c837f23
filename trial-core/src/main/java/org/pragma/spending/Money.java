package org.pragma.spending;

import java.math.BigDecimal;

/** An amount as reports show it: exact, at least cents (35.5000 → 35.50; 0.1234 stays 0.1234). */
final class Money {
  private Money() {}

  static BigDecimal of(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
  }
}
