package org.pragma.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a user reads for a value Pragma stores as a code: {@code #{label.of(patient.status)}} on a page,
 * {@code Labels.of(status)} in a bean. Labels live in {@code org/pragma/web/labels.properties}, keyed
 * {@code enum.<SimpleClassName>.<CONSTANT>}; LabelsTest fails when a value that reaches a page has none.
 * A value without a label (a bug the test should have caught) reads as words ("In person"), never as
 * the constant's name.
 */
@Named("label")
@ApplicationScoped
public class Labels {
  static final String BUNDLE = "org.pragma.web.labels";
  /** A field of one instrument's data in an audit row: "ODI.score", "PROMIS-PI-6A.answers". */
  private static final java.util.regex.Pattern INSTRUMENT_FIELD = java.util.regex.Pattern.compile("([A-Z][A-Z0-9-]+)\\.([a-zA-Z]+)");

  /** One instrument of a group of them: "baseline.SBST" reads "Baseline SBST". */
  private static final java.util.regex.Pattern OF_INSTRUMENT = java.util.regex.Pattern.compile("([a-z][A-Za-z]*)\\.([A-Z][A-Z0-9-]+)");
  private static final java.util.regex.Pattern REASON = java.util.regex.Pattern.compile("\"reason\":\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The label of an enum constant (blank for null). */
  public String of(Object value) {
    return label(value);
  }

  /** A protocol code as words, for a code the protocol gives no label ("annual-low-back-pain-visits" → "Annual low back pain visits"). */
  public String words(Object code) {
    return code == null ? "" : words(code.toString());
  }

  /** The labels of several values, joined with commas ("Phone, Email"). */
  public String all(Collection<?> values) {
    return values == null ? "" : values.stream().map(Labels::label).collect(Collectors.joining(", "));
  }

  public static String label(Object value) {
    if (value == null) {
      return "";
    }
    if (!(value instanceof Enum<?> e)) {
      return value.toString();
    }
    String key = key(e);
    try {
      return ResourceBundle.getBundle(BUNDLE).getString(key);
    } catch (MissingResourceException missing) {
      return words(e.name());
    }
  }

  /** The labels of an enum's constants, in declaration order (for select menus). */
  public static List<String> labels(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Labels::label).toList();
  }

  static String key(Enum<?> e) {
    return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
  }

  static boolean has(Enum<?> e) {
    return ResourceBundle.getBundle(BUNDLE).containsKey(key(e));
  }

  /**
   * What a form calls a field named by its code or path ({@code visitOn}, {@code consent.obtainedOn},
   * {@code enroll.arg2.identifiers.givenName}): the label of the longest known tail of the path
   * ({@code field.<path>} in the bundle), else the last part in words ("lockedUntil" → "Locked until").
   */
  public static String field(String path) {
    if (path == null || path.isBlank()) {
      return "";
    }
    java.util.regex.Matcher instrument = INSTRUMENT_FIELD.matcher(path);
    if (instrument.matches()) {
      return instrument.group(1) + " " + field(instrument.group(2)).toLowerCase(java.util.Locale.ROOT);
    }
    java.util.regex.Matcher ofInstrument = OF_INSTRUMENT.matcher(path);
    if (ofInstrument.matches()) {
      return field(ofInstrument.group(1)) + " " + ofInstrument.group(2);
    }
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
    String tail = path;
    while (true) {
      if (bundle.containsKey("field." + tail)) {
        return bundle.getString("field." + tail);
      }
      int dot = tail.indexOf('.');
      if (dot < 0) {
        return words(tail.replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
      }
      tail = tail.substring(dot + 1);
    }
  }

  /** The field label for pages: {@code #{label.field(row.field)}}. */
  public String fieldOf(String path) {
    return field(path);
  }

  /**
   * A value as an audit row stores it (text), as users read it: enum constants of the field's type by
   * their label ("COMPLETE" → "Complete"), true/false as Yes/No, anything else as it is.
   */
  public static String stored(String field, String value) {
    if (value == null) {
      return "";
    }
    if (field != null && field.endsWith(".answers") && value.startsWith("{")) {
      return value.replaceAll("\"[a-z-]*?(\\d+)\":", "$1: ").replaceAll("[{}\"]", "").replace(",", ", ");
    }
    if (value.startsWith("[") && "failed".equals(field)) {
      java.util.List<String> reasons = REASON.matcher(value).results().map(m -> m.group(1)).toList();
      return reasons.isEmpty() ? "None" : String.join(" ", reasons);
    }
    if (value.equals("true") || value.equals("false")) {
      return value.equals("true") ? "Yes" : "No";
    }
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
    String type = field == null ? null : "type." + field.substring(field.lastIndexOf('.') + 1);
    if (type != null && bundle.containsKey(type) && bundle.containsKey("enum." + bundle.getString(type) + "." + value)) {
      return bundle.getString("enum." + bundle.getString(type) + "." + value);
    }
    return value.matches("[A-Z]+(_[A-Z]+)+|[A-Z]{5,}") ? words(value) : value;
  }

  /** The stored value for pages: {@code #{label.stored(row.field, row.newValue)}}. */
  public String storedOf(String field, String value) {
    return stored(field, value);
  }

  /** IN_PERSON → "In person"; low-back → "Low back". */
  public static String words(String code) {
    String spaced = code.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.ROOT).trim();
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
