package org.pragma.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a dataset and its codebook entry. Names are lowercase, start with a letter and have
 * at most 32 characters, so that R, Stata and SAS accept them unchanged.
 */
public record Variable(
    String name,
    String label,
    VariableType type,
    String units,
    int decimals,
    List<ValueLabel> values,
    String derivation,
    List<MissingRule> missing) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  public Variable {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Variable name " + name + " must be lowercase letters, digits and _ (at most 32)");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("Variable " + name + " needs a label");
    }
    Objects.requireNonNull(type, "type");
    units = units == null ? "" : units;
    derivation = derivation == null ? "" : derivation;
    values = List.copyOf(values);
    missing = List.copyOf(missing);
    if (decimals < 0 || decimals > 9 || (decimals > 0 && type != VariableType.DECIMAL)) {
      throw new IllegalArgumentException("Variable " + name + ": decimals only for decimal values");
    }
    if (!values.isEmpty() && (type == VariableType.DECIMAL || type == VariableType.DATE)) {
      throw new IllegalArgumentException("Variable " + name + ": value labels need codes");
    }
  }

  public static Variable text(String name, String label) {
    return new Variable(name, label, VariableType.TEXT, "", 0, List.of(), "", List.of());
  }

  public static Variable integer(String name, String label) {
    return new Variable(name, label, VariableType.INTEGER, "", 0, List.of(), "", List.of());
  }

  public static Variable decimal(String name, String label, int decimals) {
    return new Variable(name, label, VariableType.DECIMAL, "", decimals, List.of(), "", List.of());
  }

  public static Variable date(String name, String label) {
    return new Variable(name, label, VariableType.DATE, "", 0, List.of(), "", List.of());
  }

  public Variable units(String newUnits) {
    return new Variable(name, label, type, newUnits, decimals, values, derivation, missing);
  }

  public Variable derivation(String how) {
    return new Variable(name, label, type, units, decimals, values, how, missing);
  }

  /** Adds an allowed value and its label. */
  public Variable value(String code, String valueLabel) {
    if (type == VariableType.INTEGER && !code.matches("-?[0-9]{1,9}")) {
      throw new IllegalArgumentException("Variable " + name + ": value " + code + " is no integer");
    }
    List<ValueLabel> more = new ArrayList<>(values);
    more.add(new ValueLabel(code, valueLabel));
    return new Variable(name, label, type, units, decimals, more, derivation, missing);
  }

  /** Says that the variable can be missing with this code, and why. */
  public Variable missing(Missing code, String reason) {
    List<MissingRule> more = new ArrayList<>(missing);
    more.add(new MissingRule(code, reason));
    return new Variable(name, label, type, units, decimals, values, derivation, more);
  }

  public boolean mayBe(Missing code) {
    for (MissingRule rule : missing) {
      if (rule.code() == code) {
        return true;
      }
    }
    return false;
  }
}
