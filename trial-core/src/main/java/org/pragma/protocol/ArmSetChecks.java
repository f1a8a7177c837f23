package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Checks the arms of a study together: every listed file exists and every arm file is listed, codes
 * match file names and are unique, the allocation ratio has one part per arm, shared schedules resolve,
 * and each arm's baseline visit collects the study's baseline instruments.
 */
final class ArmSetChecks {

  private final StudyDocuments docs;
  private final InstrumentCatalog catalog;
  private final ConditionChecks conditions;
  private final List<ValidationError> errors;
  private final YamlDocument study;

  ArmSetChecks(StudyDocuments docs, InstrumentCatalog catalog, ConditionChecks conditions,
      List<ValidationError> errors) {
    this.docs = docs;
    this.catalog = catalog;
    this.conditions = conditions;
    this.errors = errors;
    this.study = docs.study();
  }

  void check() {
    checkListing();
    checkRatio();
    Map<String, String> codeToFile = new HashMap<>();
    JsonNode listed = study.root().get("arms");
    for (int i = 0; i < listed.size(); i++) {
      Optional<YamlDocument> arm = Optional.ofNullable(docs.arms().get(listed.get(i).asText()));
      if (arm.isPresent()) {
        checkArm(arm.get(), listed.get(i).asText(), codeToFile);
      }
    }
  }

  private void checkListing() {
    JsonNode listed = study.root().get("arms");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      String file = listed.get(i).asText();
      if (!seen.add(file)) {
        errors.add(study.error("/arms/" + i, "arm file " + file + " is listed twice", "List each arm file once."));
      } else if (!docs.arms().containsKey(file)) {
        errors.add(study.error("/arms/" + i, "arm file " + file + " does not exist",
            "Create " + file + " in the study folder or fix the path."));
      }
    }
    docs.arms().forEach((file, doc) -> {
      if (!seen.contains(file)) {
        errors.add(doc.error("", "arm file " + file + " is not listed in study.yaml",
            "Add it to 'arms' in study.yaml (and a part to allocationRatio), or delete it."));
      }
    });
  }

  private void checkRatio() {
    String ratio = study.root().get("allocationRatio").asText();
    String[] parts = ratio.split(":");
    int arms = study.root().get("arms").size();
    if (parts.length != arms) {
      errors.add(study.error("/allocationRatio", "allocation ratio \"" + ratio + "\" has " + parts.length
          + " part(s) but the study lists " + arms + " arms", "Give one part per arm, in the order of 'arms'."));
    } else if (List.of(parts).stream().anyMatch(p -> Integer.parseInt(p) == 0)) {
      errors.add(study.error("/allocationRatio", "allocation ratio \"" + ratio + "\" gives an arm no clinics",
          "Use parts of 1 or more, or remove the arm."));
    }
  }

  private void checkArm(YamlDocument arm, String file, Map<String, String> codeToFile) {
    String code = arm.root().get("code").asText();
    String expected = file.substring("arms/".length(), file.length() - ".yaml".length());
    if (!code.equals(expected)) {
      errors.add(arm.error("/code", "arm code '" + code + "' does not match the file name " + file,
          "Rename the file to arms/" + code + ".yaml or change the code."));
    }
    String other = codeToFile.putIfAbsent(code, file);
    if (other != null) {
      errors.add(arm.error("/code", "duplicate arm code '" + code + "' (also in " + other + ")",
          "Give each arm its own code."));
    }
    new ScheduleChecks(arm, catalog, conditions, errors).check();
    checkSameAs(arm);
    JsonNode visits = docs.visitsOf(arm);
    Set<String> visitCodes = new HashSet<>();
    visits.forEach(v -> visitCodes.add(v.get("code").asText()));
    new InterventionChecks(arm, catalog, visitCodes, errors).check();
    checkBaseline(arm, visits);
  }

  private void checkSameAs(YamlDocument arm) {
    JsonNode sameAs = arm.root().get("schedule").get("sameAs");
    if (sameAs == null || arm.root().get("schedule").has("visits")) {
      return;
    }
    Optional<YamlDocument> target = docs.armByCode(sameAs.asText());
    if (target.isEmpty() || !target.get().root().get("schedule").has("visits")) {
      errors.add(arm.error("/schedule/sameAs", "sameAs '" + sameAs.asText()
          + "' is not an arm of this study with its own visits", "Name a listed arm whose schedule lists visits."));
    }
  }

  private void checkBaseline(YamlDocument arm, JsonNode visits) {
    Optional<JsonNode> baseline = Optional.empty();
    for (JsonNode visit : visits) {
      if (visit.get("targetDay").asInt() == 0) {
        baseline = Optional.of(visit);
      }
    }
    if (visits.isMissingNode()) {
      return;
    }
    if (baseline.isEmpty()) {
      errors.add(arm.error("/schedule", "the schedule has no baseline visit (targetDay 0)",
          "Add a baseline visit with targetDay: 0."));
      return;
    }
    for (JsonNode use : study.root().get("baselineInstruments")) {
      if (!StudyDocuments.collects(baseline.get(), use.get("code").asText())) {
        errors.add(arm.error("/schedule", "the baseline visit does not collect " + use.get("code").asText()
            + ", a baseline instrument of the study", "Add it to the baseline visit's instruments."));
      }
    }
  }
}
