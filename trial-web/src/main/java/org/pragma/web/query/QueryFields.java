package org.pragma.web.query;

import org.pragma.instrument.Instrument;
import org.pragma.protocol.ProtocolService;
import org.pragma.shared.DomainException;

/**
 * What a query is about, as people read it: "Whole visit", "Visit date", an instrument's code, or its code and the
 * item's words ("ODI · Lifting"), never the stored field code ("ODI.odi3").
 */
final class QueryFields {
  private QueryFields() {}

  static String label(ProtocolService protocols, String field) {
    if (field == null || field.isBlank()) {
      return "Whole visit";
    }
    if (field.equals("visitOn")) {
      return "Visit date";
    }
    int dot = field.indexOf('.');
    String code = dot < 0 ? field : field.substring(0, dot);
    try {
      Instrument instrument = protocols.instrument(code);
      if (instrument == null) {
        return field;
      }
      if (dot < 0) {
        return instrument.name() + " (" + code + ")";
      }
      String item = field.substring(dot + 1);
      return instrument.items().stream().filter(i -> i.code().equals(item)).findFirst()
          .map(i -> code + " · " + shortText(i.text())).orElse(code + " · " + item);
    } catch (DomainException unknown) {
      return field;
    }
  }

  static String shortText(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
