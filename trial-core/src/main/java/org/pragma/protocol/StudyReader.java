package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.protocol.eligibility.Criterion;
import org.pragma.protocol.eligibility.DerivedValue;
import org.pragma.protocol.eligibility.Eligibility;
import org.pragma.protocol.eligibility.Question;
import org.pragma.protocol.eligibility.QuestionType;

/** Builds the study-level parts of a {@link StudyProtocol} from a schema-valid study.yaml tree. */
final class StudyReader {

  private StudyReader() {}

  static Eligibility eligibility(JsonNode node) {
    List<Question> questions = new ArrayList<>();
    node.get("questions").forEach(q -> questions.add(new Question(q.get("code").asText(),
        QuestionType.ofKey(q.get("type").asText()), q.get("text").asText(), q.path("integer").asBoolean(false),
        decimal(q, "min"), decimal(q, "max"), texts(q.path("options")), labels(q.path("optionLabels")),
        q.path("required").asBoolean(true))));
    List<DerivedValue> derived = new ArrayList<>();
    node.path("derived").forEach(d -> derived.add(new DerivedValue(d.get("code").asText(), d.get("kind").asText(),
        d.get("question").asText())));
    List<Criterion> criteria = new ArrayList<>();
    node.get("rules").forEach(r -> criteria.add(new Criterion(r.get("code").asText(),
        r.get("kind").asText().equals("inclusion") ? Criterion.Kind.INCLUSION : Criterion.Kind.EXCLUSION,
        ConditionReader.read(r.get("when")), r.get("reason").asText())));
    return new Eligibility(questions, derived, criteria);
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  static RandomizationDesign randomization(JsonNode node) {
    List<RandomizationDesign.Covariate> covariates = new ArrayList<>();
    node.path("covariates").forEach(c -> covariates.add(new RandomizationDesign.Covariate(c.get("code").asText(),
        c.get("type").asText(), c.get("weight").asDouble())));
    return new RandomizationDesign(node.get("method").asText(), covariates, texts(node.path("strata")),
        ArmReader.optionalInt(node, "blockSize"),
        Optional.ofNullable(node.get("constraintCutoff")).map(JsonNode::asDouble));
  }

  static List<Outcome> outcomes(JsonNode array) {
    List<Outcome> outcomes = new ArrayList<>();
    array.forEach(o -> outcomes.add(new Outcome(o.get("code").asText(), o.get("kind").asText(),
        o.get("description").asText(), Optional.ofNullable(o.get("instrument")).map(JsonNode::asText),
        Optional.ofNullable(o.get("source")).map(JsonNode::asText), o.get("visit").asText())));
    return outcomes;
  }

  /** Arm code to ratio part, pairing the study's arm list with its allocation ratio. */
  static Map<String, Integer> allocation(List<Arm> arms, String ratio) {
    String[] parts = ratio.split(":");
    Map<String, Integer> allocation = new LinkedHashMap<>();
    for (int i = 0; i < arms.size() && i < parts.length; i++) {
      allocation.put(arms.get(i).code(), Integer.parseInt(parts[i]));
    }
    return allocation;
  }

  static List<InstrumentUse> instrumentUses(JsonNode array) {
    List<InstrumentUse> uses = new ArrayList<>();
    array.forEach(u -> uses.add(new InstrumentUse(u.get("code").asText(),
        Optional.ofNullable(u.get("when")).map(ConditionReader::read))));
    return uses;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static Optional<BigDecimal> decimal(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::decimalValue);
  }
}
