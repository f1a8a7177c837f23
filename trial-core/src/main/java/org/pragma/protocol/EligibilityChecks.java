package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/** Checks the eligibility section of study.yaml: unique codes, fitting question settings, valid rules. */
final class EligibilityChecks {

  private final YamlDocument doc;
  private final ConditionChecks conditions;
  private final List<ValidationError> errors;

  EligibilityChecks(YamlDocument doc, ConditionChecks conditions, List<ValidationError> errors) {
    this.doc = doc;
    this.conditions = conditions;
    this.errors = errors;
  }

  void check() {
    JsonNode eligibility = doc.root().get("eligibility");
    Set<String> codes = new HashSet<>();
    int i = 0;
    for (JsonNode question : eligibility.get("questions")) {
      String pointer = "/eligibility/questions/" + i++;
      unique(codes, question.get("code").asText(), pointer + "/code", "question");
      checkQuestion(question, pointer);
    }
    i = 0;
    for (JsonNode derived : eligibility.path("derived")) {
      String pointer = "/eligibility/derived/" + i++;
      unique(codes, derived.get("code").asText(), pointer + "/code", "question or derived value");
      checkDerived(eligibility, derived, pointer);
    }
    Set<String> ruleCodes = new HashSet<>();
    i = 0;
    for (JsonNode rule : eligibility.get("rules")) {
      String pointer = "/eligibility/rules/" + i++;
      unique(ruleCodes, rule.get("code").asText(), pointer + "/code", "rule");
      conditions.check(doc, pointer + "/when", rule.get("when"), errors);
    }
  }

  private void checkQuestion(JsonNode question, String pointer) {
    String type = question.get("type").asText();
    if (type.equals("choice") != question.has("options")) {
      add(pointer, type.equals("choice") ? "a choice question needs options" : "only choice questions have options",
          type.equals("choice") ? "Add options: [code, ...]." : "Remove options or make the type choice.");
    }
    boolean numberSettings = question.has("min") || question.has("max") || question.has("integer");
    if (numberSettings && !type.equals("number")) {
      add(pointer, "min, max and integer apply only to number questions", "Remove them or make the type number.");
    }
    if (question.has("min") && question.has("max")
        && question.get("min").decimalValue().compareTo(question.get("max").decimalValue()) > 0) {
      add(pointer + "/min", "min is above max", "Swap min and max.");
    }
  }

  private void checkDerived(JsonNode eligibility, JsonNode derived, String pointer) {
    String source = derived.get("question").asText();
    String needed = derived.get("kind").asText().equals("days-since") ? "date" : "number";
    for (JsonNode question : eligibility.get("questions")) {
      if (question.get("code").asText().equals(source)) {
        if (!question.get("type").asText().equals(needed)) {
          add(pointer + "/question", derived.get("kind").asText() + " needs a " + needed + " question, but '"
              + source + "' is " + question.get("type").asText(), "Point it at a " + needed + " question.");
        }
        return;
      }
    }
    add(pointer + "/question", "derived value refers to unknown question '" + source + "'",
        "Use the code of a question listed under eligibility.questions.");
  }

  private void unique(Set<String> seen, String code, String pointer, String what) {
    if (!seen.add(code)) {
      add(pointer, "duplicate " + what + " code '" + code + "'", "Give each " + what + " its own code.");
    }
  }

  private void add(String pointer, String message, String hint) {
    errors.add(doc.error(pointer, message, hint));
  }
}
