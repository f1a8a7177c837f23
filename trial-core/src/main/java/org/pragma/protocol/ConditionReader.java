package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.pragma.protocol.eligibility.Condition;

/** Reads a schema-valid condition node; shape problems are reported by {@link ConditionChecks}. */
final class ConditionReader {

  static final List<String> OPERATORS = List.of("equals", "in", "atLeast", "atMost");

  private ConditionReader() {}

  static Condition read(JsonNode node) {
    if (node.has("anyOf")) {
      return new Condition.AnyOf(all(node.get("anyOf")));
    }
    if (node.has("allOf")) {
      return new Condition.AllOf(all(node.get("allOf")));
    }
    String value = node.path("value").asText("");
    for (String operator : OPERATORS) {
      if (node.has(operator)) {
        return new Condition.Comparison(value, operator, operands(node.get(operator)));
      }
    }
    return new Condition.Comparison(value, "in", List.of());
  }

  private static List<Condition> all(JsonNode array) {
    List<Condition> conditions = new ArrayList<>();
    array.forEach(c -> conditions.add(read(c)));
    return conditions;
  }

  private static List<Object> operands(JsonNode node) {
    List<Object> operands = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> operands.add(operand(n)));
    } else {
      operands.add(operand(node));
    }
    return operands;
  }

  static Object operand(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNumber() ? node.decimalValue() : node.asText();
  }
}
