package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.protocol.validation.ValidationError;

/** A PROMIS file whose calibration does not fit its items is refused, naming the file, line and item. */
class CalibrationChecksTest {

  private static final String FILE = "PROMIS-PI-6A.yaml";

  @Test
  void theShippedFileIsValid() throws IOException {
    assertThat(load(shipped()).errors()).isEmpty();
  }

  @Test
  void refusesAnItemWithTheWrongNumberOfThresholds() throws IOException {
    String changed = shipped().replace("b: [0.473, 1.0094, 1.5063, 2.077]", "b: [0.473, 1.0094, 1.5063]");

    ValidationError error = onlyError(changed);

    assertThat(error.file()).isEqualTo("instruments/" + FILE);
    assertThat(error.message()).isEqualTo("item promispi3 (PAININ31) has 3 thresholds for its 5 options");
    assertThat(error.line()).isEqualTo(lineOf(changed, "promispi3: { bankItem"));
  }

  @Test
  void refusesThresholdsThatDoNotIncrease() throws IOException {
    String changed = shipped().replace("b: [0.1808, 0.8281, 1.2865, 1.8824]", "b: [0.1808, 1.2865, 0.8281, 1.8824]");

    ValidationError error = onlyError(changed);

    assertThat(error.message()).isEqualTo("thresholds of item promispi5 (PAININ12) are not increasing");
    assertThat(error.line()).isEqualTo(lineOf(changed, "promispi5: { bankItem"));
  }

  @Test
  void refusesAnUncalibratedItemAndAnUnknownOne() throws IOException {
    String changed = shipped().replace("promispi6: { bankItem", "promispi7: { bankItem");

    assertThat(load(changed).errors()).extracting(ValidationError::message).containsExactlyInAnyOrder(
        "calibration names unknown item promispi7", "item promispi6 has no calibration");
  }

  @Test
  void refusesACopiedTableThatDisagreesWithTheCalibration() throws IOException {
    StringBuilder table = new StringBuilder("  tScores: {");
    ShippedInstruments.CATALOG.get("PROMIS-PI-6A").tScoreTable().orElseThrow().rows()
        .forEach((raw, t) -> table.append(raw).append(": ").append(raw == 15 ? "58.9" : t.value()).append(", "));
    String changed = shipped().replace("  calibration:", table.append("}\n  calibration:"));

    assertThat(load(changed).errors()).extracting(ValidationError::message)
        .containsExactly("tScores gives T 58.9 for raw 15, the calibration 58.6");
  }

  @Test
  void refusesACalibrationSoExtremeThatNoTScoreCanBeComputedInsteadOfFailingToLoad() {
    StringBuilder file = new StringBuilder("code: PROMIS-PI-6A\nitemPrefix: promispi\nname: Extreme\nversion: x\n"
        + "source: test\nitems:\n");
    StringBuilder calibration = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      file.append("  - { code: promispi").append(i).append(", text: Item, options: [{ value: 1, label: a },"
          + " { value: 2, label: b }, { value: 3, label: c }, { value: 4, label: d }, { value: 5, label: e }] }\n");
      calibration.append("      promispi").append(i).append(": { bankItem: X").append(i)
          .append(", a: 20, b: [9.7, 9.8, 9.9, 10] }\n");
    }
    file.append("scoring:\n  method: promis-raw\n  minimumAnswered: 4\n  calibration:\n    version: x\n"
        + "    source: test\n    items:\n").append(calibration);

    ValidationError error = onlyError(file.toString());

    assertThat(error.message()).contains("no T-score can be computed");
  }

  private static ValidationError onlyError(String content) {
    InstrumentCatalog.Loaded loaded = load(content);
    assertThat(loaded.errors()).hasSize(1);
    assertThat(loaded.catalog().find("PROMIS-PI-6A")).isEmpty();
    return loaded.errors().get(0);
  }

  private static InstrumentCatalog.Loaded load(String content) {
    return InstrumentCatalog.load(Map.of(FILE, content.getBytes(StandardCharsets.UTF_8)));
  }

  private static String shipped() throws IOException {
    return Files.readString(ShippedInstruments.FOLDER.resolve(FILE));
  }

  private static int lineOf(String content, String text) {
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not found");
  }
}
