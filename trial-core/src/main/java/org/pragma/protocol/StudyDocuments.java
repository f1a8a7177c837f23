package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pragma.protocol.validation.YamlDocument;

/**
 * The parsed, schema-valid files of one study folder: study.yaml and the arm files, keyed by their path
 * inside the folder ({@code arms/ice.yaml}).
 */
record StudyDocuments(YamlDocument study, Map<String, YamlDocument> arms) {

  StudyDocuments {
    arms = new TreeMap<>(arms);
  }

  /** The arm files in the order study.yaml lists them; absent when a listed file does not exist. */
  List<Optional<YamlDocument>> listedArms() {
    List<Optional<YamlDocument>> listed = new ArrayList<>();
    study.root().get("arms").forEach(file -> listed.add(Optional.ofNullable(arms.get(file.asText()))));
    return listed;
  }

  /** The visits an arm follows: its own, or those of the arm named by {@code schedule.sameAs}. */
  JsonNode visitsOf(YamlDocument arm) {
    JsonNode schedule = arm.root().get("schedule");
    if (schedule.has("visits")) {
      return schedule.get("visits");
    }
    String other = schedule.path("sameAs").asText();
    return armByCode(other).map(a -> a.root().get("schedule").path("visits")).orElse(MissingNode.getInstance());
  }

  Optional<YamlDocument> armByCode(String code) {
    return listedArms().stream().flatMap(Optional::stream)
        .filter(a -> a.root().get("code").asText().equals(code)).findFirst();
  }

  /** Why an outcome's visit (and instrument) is not available in every arm; empty when it is. */
  List<String> visitProblems(String visitCode, String instrument) {
    List<String> problems = new ArrayList<>();
    for (Optional<YamlDocument> arm : listedArms()) {
      if (arm.isEmpty()) {
        continue;
      }
      String armCode = arm.get().root().get("code").asText();
      Optional<JsonNode> visit = find(visitsOf(arm.get()), visitCode);
      if (visit.isEmpty()) {
        problems.add("arm '" + armCode + "' has no visit '" + visitCode + "'");
      } else if (!instrument.isEmpty() && !collects(visit.get(), instrument)) {
        problems.add("arm '" + armCode + "' does not collect " + instrument + " at visit '" + visitCode + "'");
      }
    }
    return problems;
  }

  static Optional<JsonNode> find(JsonNode visits, String code) {
    for (JsonNode visit : visits) {
      if (visit.get("code").asText().equals(code)) {
        return Optional.of(visit);
      }
    }
    return Optional.empty();
  }

  static boolean collects(JsonNode visit, String instrument) {
    for (JsonNode use : visit.get("instruments")) {
      if (use.get("code").asText().equals(instrument)) {
        return true;
      }
    }
    return false;
  }
}
