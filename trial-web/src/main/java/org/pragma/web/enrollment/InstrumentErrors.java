package org.pragma.web.enrollment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.Item;
import org.pragma.web.faces.FieldErrors;

/**
 * A refused questionnaire entry's problems, shown in the questionnaire they concern: an error about
 * {@code baseline.ODI} ("is required at baseline for this patient") or {@code instruments.ODI.odi3}
 * becomes, under the ODI's panel, "Oswestry Disability Index is required at baseline for this
 * patient." or "The answer to question 3 must be ..." — named as the form shows it.
 */
public final class InstrumentErrors {
  private InstrumentErrors() {}

  /**
   * The errors of {@code errors} whose field starts with {@code prefix} ("baseline", "instruments"),
   * as sentences by instrument code; the others are left for the caller.
   */
  public static Map<String, String> of(String prefix, List<Instrument> instruments, List<FieldErrors.FieldError> errors) {
    Map<String, String> byInstrument = new LinkedHashMap<>();
    for (FieldErrors.FieldError e : errors) {
      if (!e.field().startsWith(prefix + ".")) {
        continue;
      }
      String[] parts = e.field().substring(prefix.length() + 1).split("\\.", 2);
      Instrument instrument = instruments.stream().filter(i -> i.code().equals(parts[0])).findFirst().orElse(null);
      String label = parts.length == 1 ? (instrument == null ? parts[0] : instrument.name()) : itemLabel(instrument, parts[1]);
      byInstrument.merge(parts[0], FieldErrors.sentence(label, e.message()), (a, b) -> a + " " + b);
    }
    return byInstrument;
  }

  /** The errors not about a questionnaire. */
  public static List<FieldErrors.FieldError> others(String prefix, List<FieldErrors.FieldError> errors) {
    return errors.stream().filter(e -> !e.field().startsWith(prefix + ".")).toList();
  }

  private static String itemLabel(Instrument instrument, String item) {
    if (instrument == null) {
      return "The answer";
    }
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).code().equals(item)) {
        return "The answer to question " + (i + 1);
      }
    }
    return "The answer";
  }
}
