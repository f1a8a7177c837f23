package org.pragma.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a value is written into the trail: enums by name, instants in ISO-8601 UTC, collections
 * sorted and comma-separated (so the same set always reads the same), everything cut at 4000
 * characters.
 */
public final class AuditText {
  static final int MAX = 4000;

  private AuditText() {}

  public static String of(Object value) {
    String text;
    if (value == null) {
      return null;
    } else if (value instanceof Optional<?> o) {
      return o.map(AuditText::of).orElse(null);
    } else if (value instanceof Enum<?> e) {
      text = e.name();
    } else if (value instanceof Instant i) {
      text = i.toString();
    } else if (value instanceof Collection<?> c) {
      text = c.stream().map(AuditText::of).sorted().collect(Collectors.joining(","));
    } else {
      text = value.toString();
    }
    return text.length() > MAX ? text.substring(0, MAX) : text;
  }
}
