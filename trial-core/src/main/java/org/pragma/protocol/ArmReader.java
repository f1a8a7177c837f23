package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds an {@link Arm} from a schema-valid arm file tree. */
final class ArmReader {

  private ArmReader() {}

  static Arm read(JsonNode root, Schedule schedule) {
    List<Intervention> interventions = new ArrayList<>();
    root.get("interventions").forEach(i -> interventions.add(intervention(i)));
    return new Arm(root.get("code").asText(), root.get("name").asText(),
        ArmRole.ofKey(root.get("role").asText()), root.get("description").asText(), interventions, schedule);
  }

  /** The schedule written in the file; an arm that uses {@code sameAs} gets its schedule from the loader. */
  static Schedule schedule(JsonNode scheduleNode) {
    int lead = scheduleNode.path("reminderLeadDays").asInt(0);
    List<Visit> visits = new ArrayList<>();
    scheduleNode.path("visits").forEach(v -> visits.add(new Visit(v.get("code").asText(), v.get("name").asText(),
        v.get("targetDay").asInt(), v.get("window").get("before").asInt(), v.get("window").get("after").asInt(),
        v.path("reminderLeadDays").asInt(lead), StudyReader.instrumentUses(v.get("instruments")))));
    return new Schedule(scheduleNode.path("anchor").asText("enrollment"), lead, visits);
  }

  private static Intervention intervention(JsonNode node) {
    Optional<Intervention.Stratification> stratifiedBy = Optional.ofNullable(node.get("stratifiedBy"))
        .map(s -> new Intervention.Stratification(s.get("instrument").asText(), s.get("visit").asText()));
    List<Intervention.Variant> variants = new ArrayList<>();
    node.path("variants").forEach(v -> variants.add(new Intervention.Variant(v.get("code").asText(),
        v.get("name").asText(), StudyReader.texts(v.get("riskGroups")), components(v.get("components")))));
    return new Intervention(node.get("code").asText(), node.get("name").asText(),
        Optional.ofNullable(node.get("description")).map(JsonNode::asText), components(node.path("components")),
        stratifiedBy, variants);
  }

  private static List<Component> components(JsonNode array) {
    List<Component> components = new ArrayList<>();
    array.forEach(c -> {
      JsonNode dose = c.get("dose");
      components.add(new Component(c.get("kind").asText(), c.get("description").asText(),
          c.get("deliveredBy").asText(), new Component.Dose(dose.get("count").asInt(),
              optionalInt(dose, "maxCount"), optionalInt(dose, "overWeeks"),
              Optional.ofNullable(dose.get("note")).map(JsonNode::asText))));
    });
    return components;
  }

  static Optional<Integer> optionalInt(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::asInt);
  }
}
