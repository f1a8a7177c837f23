package org.pragma.exports;

import java.util.List;
import java.util.StringJoiner;

/** The codebook: one row per variable of every dataset, as CSV and as the workbook's last sheet. */
final class Codebook {
  static final Dataset DATASET =
      new Dataset(
          "codebook",
          "one row per variable of every dataset",
          List.of(
              Variable.text("dataset", "Dataset (file name without extension)"),
              Variable.text("variable", "Variable name"),
              Variable.text("label", "What the variable holds"),
              Variable.text("type", "text, integer, decimal or date"),
              Variable.text("units", "Units of measurement"),
              Variable.integer("decimals", "Decimal places"),
              Variable.text("values", "Allowed values and their labels"),
              Variable.text("derivation", "How the value is derived"),
              Variable.text("missing", "Missing-value codes the variable can take, and why")));

  private Codebook() {}

  static Object[] row(Dataset dataset, Variable variable) {
    StringJoiner values = new StringJoiner("; ");
    for (ValueLabel value : variable.values()) {
      values.add(value.value() + " = " + value.label());
    }
    StringJoiner missing = new StringJoiner("; ");
    for (MissingRule rule : variable.missing()) {
      missing.add(rule.code().code() + " = " + rule.reason());
    }
    return new Object[] {
      dataset.name(),
      variable.name(),
      variable.label(),
      variable.type().label(),
      variable.units(),
      variable.decimals(),
      values.toString(),
      variable.derivation(),
      missing.length() == 0 ? "never missing" : missing.toString()
    };
  }
}
