package org.pragma.exports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Turns one cell value into its text, the same way in every format. */
final class Cells {
  private static final long[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private Cells() {}

  /**
   * Text beginning with {@code = + - @}, tab or carriage return would run as a formula in a
   * spreadsheet (formula injection, OWASP CSV injection): it gets a leading apostrophe.
   */
  static String neutralized(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      return "'" + text;
    }
    return text;
  }

  /** Checks a value against its variable's type; a missing value must say why. */
  static void check(Variable variable, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "Variable " + variable.name() + ": a missing value needs a Missing reason, not null");
    }
    if (value instanceof Missing m) {
      if (!variable.mayBe(m)) {
        throw new IllegalArgumentException(
            "Variable " + variable.name() + " cannot be missing as " + m + " (see its codebook)");
      }
      return;
    }
    boolean fits =
        switch (variable.type()) {
          case TEXT -> value instanceof String;
          case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof Boolean;
          case DECIMAL -> value instanceof Number;
          case DATE -> value instanceof LocalDate;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "Variable " + variable.name() + " is " + variable.type().label() + ", not "
              + value.getClass().getSimpleName());
    }
  }

  /** Writes a decimal with exactly {@code decimals} places (half up), without exponent. */
  static void appendDecimal(StringBuilder out, double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("Not a number: " + value);
    }
    if (Math.abs(value) >= 1e15 / POWERS[decimals]) {
      out.append(BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString());
      return;
    }
    long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
    if (value < 0 && scaled != 0) {
      out.append('-');
    }
    out.append(scaled / POWERS[decimals]);
    if (decimals > 0) {
      out.append('.');
      String fraction = Long.toString(scaled % POWERS[decimals]);
      for (int i = fraction.length(); i < decimals; i++) {
        out.append('0');
      }
      out.append(fraction);
    }
  }

  /** The value's text: numbers plain, dates ISO, booleans 1/0, text neutralized, missing as code. */
  static void append(StringBuilder out, Variable variable, Object value) {
    if (value instanceof Missing m) {
      out.append(m.code());
    } else if (value instanceof String s) {
      out.append(neutralized(s));
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      out.append(b ? '1' : '0');
    } else if (value instanceof BigDecimal d) {
      out.append(d.setScale(variable.decimals(), java.math.RoundingMode.HALF_UP).toPlainString());
    } else if (value instanceof Number n) {
      appendDecimal(out, n.doubleValue(), variable.decimals());
    } else if (value instanceof LocalDate d) {
      out.append(d);
    } else {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName());
    }
  }
}
