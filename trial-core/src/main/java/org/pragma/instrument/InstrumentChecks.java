package org.pragma.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Rules an instrument file must meet beyond its schema: the file is named after the code, item codes
 * follow the numbering convention ({@code odi1}…), option values are unique, and every part of the
 * scoring rule refers to items, subscales and values that exist.
 */
final class InstrumentChecks {

  private final YamlDocument doc;
  private final Instrument instrument;
  private final ScoringRule rule;
  private final List<ValidationError> errors = new ArrayList<>();

  InstrumentChecks(YamlDocument doc, Instrument instrument) {
    this.doc = doc;
    this.instrument = instrument;
    this.rule = instrument.scoring();
  }

  List<ValidationError> check() {
    checkFileName();
    checkItems();
    checkMissingRule();
    checkRecode();
    checkSubscales();
    checkRiskGroups();
    new BandAndTableChecks(doc, instrument, errors).check();
    new CalibrationChecks(doc, instrument, errors).check();
    return errors;
  }

  private void checkFileName() {
    String name = doc.file().substring(doc.file().lastIndexOf('/') + 1);
    String expected = instrument.code() + ".yaml";
    if (!name.equals(expected)) {
      add("/code", "instrument code " + instrument.code() + " does not match the file name " + name,
          "Rename the file to " + expected + " or change the code.");
    }
  }

  private void checkItems() {
    String prefix = doc.root().path("itemPrefix")
        .asText(instrument.code().toLowerCase(Locale.ROOT).replace("-", ""));
    List<Item> items = instrument.items();
    List<String> seen = new ArrayList<>();
    int index = 0;
    for (var node : doc.root().get("items")) {
      String code = node.get("code").asText();
      String expected = prefix + (index + 1);
      if (!code.equals(expected)) {
        add("/items/" + index + "/code", "item " + (index + 1) + " is coded " + code + ", expected " + expected,
            "Item codes are the item prefix (default: the code in lower case without dashes) plus the item number, in order.");
      }
      seen.add(code);
      checkOptions(index++);
    }
    if (items.size() != seen.size()) {
      add("/items", "item codes are not unique", "Give each item its own number.");
    }
  }

  private void checkOptions(int itemIndex) {
    Set<Integer> values = new HashSet<>();
    int optionIndex = 0;
    for (var option : doc.root().get("items").get(itemIndex).get("options")) {
      if (!values.add(option.get("value").asInt())) {
        add("/items/" + itemIndex + "/options/" + optionIndex + "/value", "value " + option.get("value")
            + " is used by two options", "Give each option its own value from the published scoring key.");
      }
      optionIndex++;
    }
  }

  private void checkMissingRule() {
    int count = instrument.items().size();
    boolean promis = rule.method() == ScoringMethod.PROMIS_RAW;
    if (promis && has("/scoring/maximumMissing")) {
      add("/scoring/maximumMissing", "promis-raw does not use maximumMissing", "Use minimumAnswered instead.");
    }
    if (!promis && has("/scoring/minimumAnswered")) {
      add("/scoring/minimumAnswered", rule.method().key() + " does not use minimumAnswered",
          "Use maximumMissing instead.");
    }
    if (rule.maximumMissing() >= count) {
      add("/scoring/maximumMissing", "maximumMissing " + rule.maximumMissing() + " would score a form with no answers",
          "Use a number below the item count (" + count + ").");
    }
    if (rule.minimumAnswered() > count) {
      add("/scoring/minimumAnswered", "minimumAnswered " + rule.minimumAnswered() + " is more than the "
          + count + " items", "Use a number from 1 to " + count + ".");
    }
  }

  private void checkRecode() {
    for (Map.Entry<String, Map<Integer, Integer>> entry : rule.recode().entrySet()) {
      String pointer = "/scoring/recode/" + entry.getKey();
      var item = instrument.item(entry.getKey());
      if (item.isEmpty()) {
        add(pointer, "recode names unknown item " + entry.getKey(), "Use an item code of this instrument.");
        continue;
      }
      Set<Integer> options = new TreeSet<>();
      item.get().options().forEach(o -> options.add(o.value()));
      if (!options.equals(new TreeSet<>(entry.getValue().keySet()))) {
        add(pointer, "recode of " + entry.getKey() + " must map exactly its option values " + options,
            "List every option value of the item once.");
      }
    }
  }

  private void checkSubscales() {
    Set<String> codes = new HashSet<>();
    int index = 0;
    for (Subscale subscale : rule.subscales()) {
      String pointer = "/scoring/subscales/" + index++;
      if (subscale.code().equals(RiskGroupRule.TOTAL) || !codes.add(subscale.code())) {
        add(pointer + "/code", "subscale code " + subscale.code() + " is reserved or used twice",
            "Give each subscale its own code other than 'total'.");
      }
      for (int i = 0; i < subscale.items().size(); i++) {
        if (instrument.item(subscale.items().get(i)).isEmpty()) {
          add(pointer + "/items/" + i, "subscale " + subscale.code() + " names unknown item "
              + subscale.items().get(i), "Use item codes of this instrument.");
        }
      }
    }
  }

  private void checkRiskGroups() {
    Set<String> bases = new HashSet<>();
    bases.add(RiskGroupRule.TOTAL);
    rule.subscales().forEach(s -> bases.add(s.code()));
    int index = 0;
    for (RiskGroupRule group : rule.riskGroups()) {
      String pointer = "/scoring/riskGroups/" + index++;
      if (!bases.contains(group.basis())) {
        add(pointer + "/basis", "risk group " + group.group() + " uses unknown basis " + group.basis(),
            "Use 'total' or one of the subscale codes " + bases + ".");
      }
      if (group.min().isPresent() && group.max().isPresent() && group.min().get() > group.max().get()) {
        add(pointer, "risk group " + group.group() + " has min above max", "Swap min and max.");
      }
    }
  }

  private boolean has(String pointer) {
    return !doc.root().at(pointer).isMissingNode();
  }

  private void add(String pointer, String message, String hint) {
    errors.add(doc.error(pointer, message, hint));
  }
}
