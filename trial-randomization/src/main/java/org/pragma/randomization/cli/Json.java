package org.pragma.randomization.cli;

import java.util.Iterator;
import java.util.Map;

/** A minimal JSON writer (objects, arrays, strings, numbers; NaN/Infinity become null). */
final class Json {
  private final StringBuilder out = new StringBuilder();

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.append('"').toString();
  }

  static String number(double d) {
    return Double.isFinite(d) ? Double.toString(d) : "null";
  }

  /** Renders nested Maps, Iterables, arrays of double/long/int, Strings, Numbers and Booleans. */
  static String of(Object value) {
    Json j = new Json();
    j.write(value);
    return j.out.toString();
  }

  private void write(Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      out.append(quote(s));
    } else if (v instanceof Double d) {
      out.append(number(d));
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof Map<?, ?> m) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        out.append(quote(String.valueOf(e.getKey()))).append(':');
        write(e.getValue());
        out.append(it.hasNext() ? "," : "");
      }
      out.append('}');
    } else if (v instanceof Iterable<?> list) {
      out.append('[');
      Iterator<?> it = list.iterator();
      while (it.hasNext()) {
        write(it.next());
        out.append(it.hasNext() ? "," : "");
      }
      out.append(']');
    } else if (v instanceof double[] a) {
      write(java.util.Arrays.stream(a).boxed().toList());
    } else if (v instanceof long[] a) {
      write(java.util.Arrays.stream(a).boxed().toList());
    } else {
      out.append(quote(v.toString()));
    }
  }
}
