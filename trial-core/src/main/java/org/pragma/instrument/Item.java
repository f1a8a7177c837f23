package org.pragma.instrument;

import java.util.List;
import java.util.stream.Collectors;

/** One question of an instrument, e.g. ODI section 3 "Lifting" ({@code odi3}). */
public record Item(String code, String text, List<ResponseOption> options) {

  public Item {
    options = List.copyOf(options);
  }

  /** Whether {@code value} is one of this item's response values. */
  public boolean accepts(int value) {
    return options.stream().anyMatch(o -> o.value() == value);
  }

  public int lowestValue() {
    return options.stream().mapToInt(ResponseOption::value).min().orElse(0);
  }

  public int highestValue() {
    return options.stream().mapToInt(ResponseOption::value).max().orElse(0);
  }

  /** The allowed values for messages, e.g. "0, 1, 2, 3, 4, 5". */
  public String allowedValues() {
    return options.stream().map(o -> String.valueOf(o.value())).collect(Collectors.joining(", "));
  }
}
