package org.pragma.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.protocol.validation.ContentHash;
import org.pragma.protocol.validation.SchemaCheck;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;
import org.pragma.protocol.validation.YamlReader;

/** Reads one instrument file: YAML, then the instrument schema, then {@link InstrumentChecks}. */
final class InstrumentReader {

  private static final SchemaCheck SCHEMA = SchemaCheck.of(SchemaCheck.Kind.INSTRUMENT);

  record Result(Optional<Instrument> instrument, List<ValidationError> errors) {}

  private InstrumentReader() {}

  static Result read(String file, byte[] content) {
    YamlReader.Parsed parsed = YamlReader.read(file, content);
    if (!parsed.isValid()) {
      return new Result(Optional.empty(), parsed.errors());
    }
    YamlDocument document = parsed.document().orElseThrow();
    List<ValidationError> errors = SCHEMA.check(document);
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    Instrument instrument = build(document.root(), ContentHash.of(content));
    errors = new InstrumentChecks(document, instrument).check();
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    try {
      return new Result(Optional.of(instrument.withScale()), List.of());
    } catch (UncomputableScoreException e) {
      return new Result(Optional.empty(), List.of(UncomputableScoreException.error(document)));
    }
  }

  private static Instrument build(JsonNode root, String hash) {
    List<Item> items = new ArrayList<>();
    root.get("items").forEach(item -> items.add(new Item(item.get("code").asText(),
        item.get("text").asText(), options(item.get("options")))));
    Optional<String> recall = Optional.ofNullable(root.get("recallPeriod")).map(JsonNode::asText);
    return new Instrument(root.get("code").asText(), root.get("name").asText(), root.get("version").asText(),
        root.get("source").asText(), recall, items, scoring(root.get("scoring"), items.size()), hash);
  }

  private static List<ResponseOption> options(JsonNode options) {
    List<ResponseOption> result = new ArrayList<>();
    options.forEach(o -> result.add(new ResponseOption(o.get("value").asInt(), o.get("label").asText())));
    return result;
  }

  private static ScoringRule scoring(JsonNode node, int itemCount) {
    return new ScoringRule(ScoringMethod.ofKey(node.get("method").asText()),
        node.path("maximumMissing").asInt(0), node.path("minimumAnswered").asInt(itemCount),
        recode(node.path("recode")), subscales(node.path("subscales")), riskGroups(node.path("riskGroups")),
        Optional.ofNullable(node.get("bandBasis")).map(JsonNode::asText), bands(node.path("bands")),
        tScores(node.path("tScores")), calibration(node.get("calibration")));
  }

  private static Optional<PromisCalibration> calibration(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    Map<String, GradedResponseItem> items = new LinkedHashMap<>();
    node.get("items").fields().forEachRemaining(e -> {
      List<Double> thresholds = new ArrayList<>();
      e.getValue().get("b").forEach(b -> thresholds.add(b.asDouble()));
      items.put(e.getKey(), new GradedResponseItem(e.getValue().get("bankItem").asText(),
          e.getValue().get("a").asDouble(), thresholds));
    });
    return Optional.of(new PromisCalibration(node.get("version").asText(), node.get("source").asText(), items));
  }

  private static Map<String, Map<Integer, Integer>> recode(JsonNode node) {
    Map<String, Map<Integer, Integer>> recode = new LinkedHashMap<>();
    node.fields().forEachRemaining(item -> {
      Map<Integer, Integer> values = new LinkedHashMap<>();
      item.getValue().fields().forEachRemaining(v -> values.put(Integer.parseInt(v.getKey()), v.getValue().asInt()));
      recode.put(item.getKey(), values);
    });
    return recode;
  }

  private static List<Subscale> subscales(JsonNode node) {
    List<Subscale> subscales = new ArrayList<>();
    node.forEach(s -> {
      List<String> items = new ArrayList<>();
      s.get("items").forEach(i -> items.add(i.asText()));
      subscales.add(new Subscale(s.get("code").asText(), s.get("name").asText(), items));
    });
    return subscales;
  }

  private static List<RiskGroupRule> riskGroups(JsonNode node) {
    List<RiskGroupRule> rules = new ArrayList<>();
    node.forEach(r -> rules.add(new RiskGroupRule(r.get("group").asText(), r.get("basis").asText(),
        Optional.ofNullable(r.get("min")).map(JsonNode::asInt), Optional.ofNullable(r.get("max")).map(JsonNode::asInt))));
    return rules;
  }

  private static List<Band> bands(JsonNode node) {
    List<Band> bands = new ArrayList<>();
    node.forEach(b -> bands.add(new Band(b.get("from").decimalValue(), b.get("label").asText())));
    return bands;
  }

  private static Map<Integer, java.math.BigDecimal> tScores(JsonNode node) {
    Map<Integer, java.math.BigDecimal> table = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> table.put(Integer.parseInt(e.getKey()), e.getValue().decimalValue()));
    return table;
  }
}
