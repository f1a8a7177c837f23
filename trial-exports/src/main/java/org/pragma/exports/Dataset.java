package org.pragma.exports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A dataset of an export: its file name (without extension), what one row is, and its columns. */
public record Dataset(String name, String description, List<Variable> variables) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");

  public Dataset {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Dataset name " + name + " must be lowercase letters");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Dataset " + name + " needs a description");
    }
    variables = List.copyOf(variables);
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("Dataset " + name + " has no variables");
    }
    Set<String> seen = new HashSet<>();
    for (Variable v : variables) {
      if (!seen.add(v.name())) {
        throw new IllegalArgumentException("Dataset " + name + " has " + v.name() + " twice");
      }
    }
  }

  public int width() {
    return variables.size();
  }
}
