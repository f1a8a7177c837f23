package org.pragma.instrument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a response against an instrument's items before scoring; collects every problem at once. */
final class ResponseCheck {

  private ResponseCheck() {}

  /** The answered items (item code to value), or an exception listing every invalid item. */
  static Map<String, Integer> answered(Instrument instrument, Map<String, ?> answers) {
    List<ItemError> errors = new ArrayList<>();
    Map<String, Integer> answered = new LinkedHashMap<>();
    answers.forEach((code, raw) -> {
      var item = instrument.item(code);
      if (item.isEmpty()) {
        errors.add(new ItemError(String.valueOf(code), String.valueOf(raw),
            "is not an item of " + instrument.code() + "; its items are " + itemRange(instrument)));
        return;
      }
      if (raw == null) {
        return;
      }
      Integer value = wholeNumber(raw);
      if (value == null || !item.get().accepts(value)) {
        errors.add(new ItemError(code, String.valueOf(raw), "value " + raw
            + " is not a response option; allowed values: " + item.get().allowedValues()));
      } else {
        answered.put(code, value);
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidResponseException(instrument.code(), errors);
    }
    return answered;
  }

  private static String itemRange(Instrument instrument) {
    List<Item> items = instrument.items();
    return items.get(0).code() + "…" + items.get(items.size() - 1).code();
  }

  private static Integer wholeNumber(Object raw) {
    if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).intValue();
    }
    if (raw instanceof Long || raw instanceof BigInteger) {
      return exactInt(new BigDecimal(raw.toString()));
    }
    if (raw instanceof BigDecimal decimal) {
      return exactInt(decimal);
    }
    if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      return Double.isFinite(d) ? exactInt(BigDecimal.valueOf(d)) : null;
    }
    return null;
  }

  private static Integer exactInt(BigDecimal value) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
