package org.pragma.web.faces;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The individual problems a domain refusal carries (EnrollmentError, AnswerError, an implausible
 * date's FieldProblem, an instrument's ItemError...) as field and message, whatever their type: a
 * record's {@code field}, {@code question}, {@code item} or {@code column} component names the field,
 * its {@code message} says what is wrong. Nothing here prints a record's toString().
 */
public final class FieldErrors {
  private static final List<String> FIELD_NAMES = List.of("field", "question", "item", "column", "covariate", "code");

  /** One problem: the field it concerns (blank when none) and the message, e.g. "cannot be in the future". */
  public record FieldError(String field, String message) {}

  private FieldErrors() {}

  public static FieldError of(Object error) {
    if (error instanceof FieldError e) {
      return e;
    }
    if (error instanceof Record r) {
      String field = "";
      String message = null;
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object value = read(c, r);
        if (c.getName().equals("message")) {
          message = value == null ? null : value.toString();
        } else if (field.isEmpty() && FIELD_NAMES.contains(c.getName()) && value != null) {
          field = value.toString();
        }
      }
      if (message != null) {
        return new FieldError(field, message);
      }
    }
    return new FieldError("", error instanceof CharSequence text ? text.toString() : "This value cannot be used.");
  }

  /** "Visit date cannot be in the future.": the label, then the message, as one sentence. */
  public static String sentence(String label, String message) {
    String text = label == null || label.isBlank() ? capitalized(message) : label + " " + message;
    return text.endsWith(".") || text.endsWith("?") || text.endsWith(")") ? text : text + ".";
  }

  static String capitalized(String text) {
    return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
