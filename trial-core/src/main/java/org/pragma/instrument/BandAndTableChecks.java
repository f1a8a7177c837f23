package org.pragma.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/** Checks interpretation bands and the PROMIS raw-to-T table of an instrument file. */
final class BandAndTableChecks {

  private final YamlDocument doc;
  private final Instrument instrument;
  private final ScoringRule rule;
  private final List<ValidationError> errors;

  BandAndTableChecks(YamlDocument doc, Instrument instrument, List<ValidationError> errors) {
    this.doc = doc;
    this.instrument = instrument;
    this.rule = instrument.scoring();
    this.errors = errors;
  }

  void check() {
    checkBands();
    checkTable();
  }

  private void checkBands() {
    if (rule.bands().isEmpty() != rule.bandBasis().isEmpty()) {
      add("/scoring", "bands and bandBasis must be given together", "Add the missing one or remove both.");
      return;
    }
    for (int i = 1; i < rule.bands().size(); i++) {
      if (rule.bands().get(i).from().compareTo(rule.bands().get(i - 1).from()) <= 0) {
        add("/scoring/bands/" + i + "/from", "bands must start at increasing values",
            "Order the bands from the lowest 'from' to the highest.");
      }
    }
    String basis = rule.bandBasis().orElse("total");
    if (basis.equals("percent") && rule.method() != ScoringMethod.PERCENT_OF_ANSWERED) {
      add("/scoring/bandBasis", "bandBasis percent needs method percent-of-answered", "Use bandBasis total.");
    }
    if (basis.equals("tScore") && rule.tScores().isEmpty() && rule.calibration().isEmpty()) {
      add("/scoring/bandBasis", "bandBasis tScore needs a calibration or a tScores table", "Use bandBasis total.");
    }
  }

  private void checkTable() {
    if (rule.tScores().isEmpty()) {
      return;
    }
    if (rule.method() != ScoringMethod.PROMIS_RAW) {
      add("/scoring/tScores", "tScores are only used by method promis-raw", "Remove the table.");
      return;
    }
    int low = 0;
    int high = 0;
    for (Item item : instrument.items()) {
      low += item.lowestValue();
      high += item.highestValue();
    }
    Set<Integer> expected = new TreeSet<>();
    for (int raw = low; raw <= high; raw++) {
      expected.add(raw);
    }
    if (!expected.equals(new TreeSet<>(rule.tScores().keySet()))) {
      add("/scoring/tScores", "tScores must give a T-score for every raw sum from " + low + " to " + high,
          "Copy the complete table from the official scoring manual.");
    }
    if (rule.tScores().values().stream().anyMatch(t -> t.compareTo(BigDecimal.ZERO) <= 0)) {
      add("/scoring/tScores", "T-scores must be positive", "Copy the table from the official scoring manual.");
    }
  }

  private void add(String pointer, String message, String hint) {
    errors.add(doc.error(pointer, message, hint));
  }
}
