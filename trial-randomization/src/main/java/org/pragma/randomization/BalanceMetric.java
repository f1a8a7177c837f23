package org.pragma.randomization;

import java.util.Locale;

/** The balance score family: Raab–Butcher l2 (cvcrand's default) or l1. */
public enum BalanceMetric {
  L2,
  L1;

  /**
   * Parses {@code l2} or {@code l1} (any case). Unlike cvcrand, which fails late with "object 'BL'
   * not found", any other name is rejected here with a clear message.
   */
  public static BalanceMetric parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "l2" -> L2;
      case "l1" -> L1;
      default -> throw new RandomizationInputException("metric must be l2 or l1, got '" + text + "'");
    };
  }

  /** The score contribution of one (weighted) deviation. */
  public double apply(double deviation) {
    return this == L2 ? deviation * deviation : Math.abs(deviation);
  }
}
