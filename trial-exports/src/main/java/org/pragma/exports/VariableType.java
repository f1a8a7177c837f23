package org.pragma.exports;

/** How a variable's values are written and read back by the import scripts. */
public enum VariableType {
  /** Free or coded text. */
  TEXT("text"),
  /** Whole numbers (counts, days, coded categories). */
  INTEGER("integer"),
  /** Numbers with a fixed number of decimals. */
  DECIMAL("decimal"),
  /** Calendar dates, ISO 8601 (only in limited datasets; otherwise days from enrollment). */
  DATE("date");

  private final String label;

  VariableType(String label) {
    this.label = label;
  }

  /** The word the codebook prints. */
  public String label() {
    return label;
  }

  public boolean numeric() {
    return this == INTEGER || this == DECIMAL;
  }
}
