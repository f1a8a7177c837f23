package org.pragma.exports;

import java.util.Objects;

/** One allowed value of a coded variable and its label. */
public record ValueLabel(String value, String label) {
  public ValueLabel {
    Objects.requireNonNull(value, "value");
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("Value " + value + " needs a label");
    }
  }
}
