package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Checks an arm's visits: unique codes, increasing target days, windows of non-negative width that contain
 * their target day and do not overlap the next visit (domain.md 5.2), and known instruments.
 */
final class ScheduleChecks {

  private final YamlDocument doc;
  private final InstrumentCatalog catalog;
  private final ConditionChecks conditions;
  private final List<ValidationError> errors;

  ScheduleChecks(YamlDocument doc, InstrumentCatalog catalog, ConditionChecks conditions,
      List<ValidationError> errors) {
    this.doc = doc;
    this.catalog = catalog;
    this.conditions = conditions;
    this.errors = errors;
  }

  void check() {
    JsonNode schedule = doc.root().get("schedule");
    if (schedule.has("visits") == schedule.has("sameAs")) {
      add("/schedule", "a schedule needs either visits or sameAs, not both or neither",
          "List the visits here, or write sameAs: <arm code> to use another arm's schedule.");
      return;
    }
    JsonNode visits = schedule.path("visits");
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < visits.size(); i++) {
      String pointer = "/schedule/visits/" + i;
      JsonNode visit = visits.get(i);
      if (!codes.add(visit.get("code").asText())) {
        add(pointer + "/code", "duplicate visit code '" + visit.get("code").asText() + "'", "Give each visit its own code.");
      }
      checkWindow(visit, pointer);
      if (i + 1 < visits.size()) {
        checkNext(visit, visits.get(i + 1), pointer, "/schedule/visits/" + (i + 1));
      }
      checkInstruments(doc, pointer + "/instruments", visit.get("instruments"));
    }
  }

  private void checkWindow(JsonNode visit, String pointer) {
    int before = visit.get("window").get("before").asInt();
    int after = visit.get("window").get("after").asInt();
    int target = visit.get("targetDay").asInt();
    if (before + after < 0) {
      add(pointer + "/window", "window of visit '" + visit.get("code").asText() + "' has negative width ("
          + (before + after) + " days)", "Use before and after values of 0 or more.");
    } else if (before < 0 || after < 0) {
      add(pointer + "/targetDay", "target day " + target + " lies outside its window (days " + (target - before)
          + " to " + (target + after) + ")", "Make before and after 0 or more so the window contains the target day.");
    }
  }

  private void checkNext(JsonNode visit, JsonNode next, String pointer, String nextPointer) {
    int target = visit.get("targetDay").asInt();
    int nextTarget = next.get("targetDay").asInt();
    if (nextTarget <= target) {
      add(nextPointer + "/targetDay", "visit '" + next.get("code").asText() + "' (day " + nextTarget
          + ") must come after '" + visit.get("code").asText() + "' (day " + target + ")",
          "List visits in order of increasing target day.");
      return;
    }
    int closes = target + visit.get("window").get("after").asInt();
    int opens = nextTarget - next.get("window").get("before").asInt();
    if (closes >= opens) {
      add(pointer + "/window", "window of '" + visit.get("code").asText() + "' (closes day " + closes
          + ") overlaps the window of '" + next.get("code").asText() + "' (opens day " + opens + ")",
          "Shorten 'after' of this visit or 'before' of the next so that one window closes before the next opens.");
    }
  }

  void checkInstruments(YamlDocument in, String pointer, JsonNode uses) {
    for (int i = 0; i < uses.size(); i++) {
      String code = uses.get(i).get("code").asText();
      if (!catalog.contains(code)) {
        errors.add(in.error(pointer + "/" + i + "/code", "unknown instrument code '" + code + "'",
            "Use one of " + catalog.all().stream().map(org.pragma.instrument.Instrument::code).toList()
                + " or add protocols/instruments/" + code + ".yaml."));
      }
      if (uses.get(i).has("when")) {
        conditions.check(in, pointer + "/" + i + "/when", uses.get(i).get("when"), errors);
      }
    }
  }

  private void add(String pointer, String message, String hint) {
    errors.add(doc.error(pointer, message, hint));
  }
}
