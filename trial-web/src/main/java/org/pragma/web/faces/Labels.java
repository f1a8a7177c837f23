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

  /** The label of an enum constant (blank for null). */
  public String of(Object value) {
    return label(value);
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

  /** IN_PERSON → "In person"; low-back → "Low back". */
  public static String words(String code) {
    String spaced = code.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.ROOT).trim();
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
