package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Checks conditions in eligibility rules and instrument uses: one form per condition, and every
 * referenced value is a screening question or derived value whose type fits the operator.
 */
final class ConditionChecks {

  /** What a condition may compare: a question type key ({@code yes-no}…) or {@code derived}, and options. */
  record ValueKind(String type, List<String> options) {}

  private final Map<String, ValueKind> values = new HashMap<>();

  ConditionChecks(JsonNode eligibility) {
    eligibility.path("questions").forEach(q -> values.put(q.get("code").asText(),
        new ValueKind(q.get("type").asText(), StudyReader.texts(q.path("options")))));
    eligibility.path("derived").forEach(d -> values.putIfAbsent(d.get("code").asText(),
        new ValueKind("derived", List.of())));
  }

  boolean knows(String code) {
    return values.containsKey(code);
  }

  void check(YamlDocument doc, String pointer, JsonNode condition, List<ValidationError> errors) {
    boolean group = condition.has("anyOf") || condition.has("allOf");
    long operators = ConditionReader.OPERATORS.stream().filter(condition::has).count();
    if (group) {
      if (condition.size() != 1) {
        errors.add(doc.error(pointer, "anyOf/allOf must stand alone in a condition",
            "Put the other tests inside the anyOf/allOf list."));
        return;
      }
      String key = condition.has("anyOf") ? "anyOf" : "allOf";
      for (int i = 0; i < condition.get(key).size(); i++) {
        check(doc, pointer + "/" + key + "/" + i, condition.get(key).get(i), errors);
      }
      return;
    }
    if (!condition.has("value") || operators != 1) {
      errors.add(doc.error(pointer, "a condition needs 'value' and exactly one of equals, in, atLeast, atMost",
          "Write e.g. { value: age, atLeast: 18 }."));
      return;
    }
    checkComparison(doc, pointer, condition, errors);
  }

  private void checkComparison(YamlDocument doc, String pointer, JsonNode condition, List<ValidationError> errors) {
    String code = condition.get("value").asText();
    ValueKind kind = values.get(code);
    if (kind == null) {
      errors.add(doc.error(pointer + "/value", "condition refers to unknown question '" + code + "'",
          "Use a question or derived value defined under eligibility in study.yaml: " + values.keySet() + "."));
      return;
    }
    String operator = ConditionReader.OPERATORS.stream().filter(condition::has).findFirst().orElseThrow();
    JsonNode operand = condition.get(operator);
    boolean numeric = kind.type().equals("number") || kind.type().equals("derived");
    String problem = switch (operator) {
      case "atLeast", "atMost" -> numeric ? "" : "'" + operator + "' needs a number or derived value, but '"
          + code + "' is " + kind.type();
      case "equals" -> fits(kind, operand) ? "" : "'" + code + "' (" + kind.type() + ") cannot equal " + operand;
      default -> allFit(kind, operand) ? "" : "'" + code + "' (" + kind.type() + ") cannot be in " + operand;
    };
    if (!problem.isEmpty()) {
      errors.add(doc.error(pointer + "/" + operator, problem, hintFor(kind)));
    }
  }

  private static boolean allFit(ValueKind kind, JsonNode array) {
    for (JsonNode operand : array) {
      if (!fits(kind, operand)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(ValueKind kind, JsonNode operand) {
    return switch (kind.type()) {
      case "yes-no" -> operand.isBoolean();
      case "number", "derived" -> operand.isNumber();
      case "choice" -> operand.isTextual() && kind.options().contains(operand.asText());
      default -> false;
    };
  }

  private static String hintFor(ValueKind kind) {
    return switch (kind.type()) {
      case "yes-no" -> "Compare a yes-no question with equals: true or equals: false.";
      case "choice" -> "Use the question's options: " + kind.options() + ".";
      case "date" -> "Compare a derived value (e.g. days-since) instead of the date itself.";
      default -> "Compare with a number.";
    };
  }
}
