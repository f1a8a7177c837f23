package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Checks an arm's interventions: unique codes, plain components or risk-stratified variants, and for a
 * stratified intervention an instrument with risk groups whose every group maps to exactly one variant.
 */
final class InterventionChecks {

  private final YamlDocument doc;
  private final InstrumentCatalog catalog;
  private final Set<String> visitCodes;
  private final List<ValidationError> errors;

  InterventionChecks(YamlDocument doc, InstrumentCatalog catalog, Set<String> visitCodes,
      List<ValidationError> errors) {
    this.doc = doc;
    this.catalog = catalog;
    this.visitCodes = visitCodes;
    this.errors = errors;
  }

  void check() {
    Set<String> codes = new HashSet<>();
    JsonNode interventions = doc.root().get("interventions");
    for (int i = 0; i < interventions.size(); i++) {
      String pointer = "/interventions/" + i;
      JsonNode intervention = interventions.get(i);
      if (!codes.add(intervention.get("code").asText())) {
        add(pointer + "/code", "duplicate intervention code '" + intervention.get("code").asText() + "'",
            "Give each intervention its own code.");
      }
      boolean stratified = intervention.has("stratifiedBy") || intervention.has("variants");
      if (stratified == intervention.has("components")) {
        add(pointer, "an intervention needs either components, or stratifiedBy with variants",
            "Use components for everyone, or stratifiedBy and variants for risk-stratified packages.");
      } else if (stratified) {
        checkStratified(intervention, pointer);
      }
      checkDoses(intervention, pointer);
    }
  }

  private void checkStratified(JsonNode intervention, String pointer) {
    if (!intervention.has("stratifiedBy") || !intervention.has("variants")) {
      add(pointer, "a risk-stratified intervention needs both stratifiedBy and variants",
          "Add the one that is missing.");
      return;
    }
    JsonNode by = intervention.get("stratifiedBy");
    if (!visitCodes.isEmpty() && !visitCodes.contains(by.get("visit").asText())) {
      add(pointer + "/stratifiedBy/visit", "unknown visit '" + by.get("visit").asText() + "'",
          "Use a visit code of this arm's schedule: " + visitCodes + ".");
    }
    var instrument = catalog.find(by.get("instrument").asText());
    if (instrument.isEmpty() || instrument.get().riskGroups().isEmpty()) {
      add(pointer + "/stratifiedBy/instrument", "instrument '" + by.get("instrument").asText()
          + "' is unknown or assigns no risk groups", "Use an instrument with risk groups, e.g. SBST.");
      return;
    }
    checkVariants(instrument.get(), intervention.get("variants"), pointer + "/variants");
  }

  private void checkVariants(Instrument instrument, JsonNode variants, String pointer) {
    Map<String, Integer> covered = new HashMap<>();
    for (int v = 0; v < variants.size(); v++) {
      JsonNode groups = variants.get(v).get("riskGroups");
      for (int g = 0; g < groups.size(); g++) {
        String group = groups.get(g).asText();
        if (!instrument.riskGroups().contains(group)) {
          add(pointer + "/" + v + "/riskGroups/" + g, instrument.code() + " has no risk group '" + group + "'",
              "Use one of " + instrument.riskGroups() + ".");
        } else if (covered.put(group, v) != null) {
          add(pointer + "/" + v + "/riskGroups/" + g, "risk group '" + group + "' is in two variants",
              "Put each risk group in exactly one variant.");
        }
      }
    }
    Set<String> missing = new HashSet<>(instrument.riskGroups());
    missing.removeAll(covered.keySet());
    if (!missing.isEmpty()) {
      add(pointer, "no variant for risk group(s) " + missing, "Add the group(s) to a variant's riskGroups.");
    }
  }

  private void checkDoses(JsonNode intervention, String pointer) {
    intervention.findParents("dose").forEach(component -> {
      JsonNode dose = component.get("dose");
      if (dose.has("maxCount") && dose.get("maxCount").asInt() < dose.get("count").asInt()) {
        add(pointer, "dose maxCount " + dose.get("maxCount") + " is below count " + dose.get("count"),
            "Make maxCount at least the planned count.");
      }
    });
  }

  private void add(String pointer, String message, String hint) {
    errors.add(doc.error(pointer, message, hint));
  }
}
