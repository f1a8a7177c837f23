package org.pragma.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Checks the item calibration of a PROMIS instrument file: every item calibrated once, each with one
 * threshold fewer than it has options and the thresholds increasing, options on consecutive values (so a
 * raw sum is a sum of categories), and a copied tScores table that agrees with the computed one.
 */
final class CalibrationChecks {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  private final YamlDocument doc;
  private final Instrument instrument;
  private final ScoringRule rule;
  private final List<ValidationError> errors;

  CalibrationChecks(YamlDocument doc, Instrument instrument, List<ValidationError> errors) {
    this.doc = doc;
    this.instrument = instrument;
    this.rule = instrument.scoring();
    this.errors = errors;
  }

  void check() {
    if (rule.calibration().isEmpty()) {
      return;
    }
    if (rule.method() != ScoringMethod.PROMIS_RAW) {
      add("/scoring/calibration", "a calibration is only used by method promis-raw", "Remove the calibration.");
      return;
    }
    int before = errors.size();
    PromisCalibration calibration = rule.calibration().get();
    calibration.items().keySet().stream().filter(code -> instrument.item(code).isEmpty()).forEach(code ->
        add("/scoring/calibration/items/" + code, "calibration names unknown item " + code,
            "Use the item codes of this instrument."));
    instrument.items().forEach(item -> checkItem(item, calibration));
    if (errors.size() == before && !rule.tScores().isEmpty()) {
      try {
        checkTableAgrees(PromisScale.of(calibration, instrument.items()).table());
      } catch (UncomputableScoreException e) {
        errors.add(UncomputableScoreException.error(doc));
      }
    }
  }

  private void checkItem(Item item, PromisCalibration calibration) {
    String pointer = "/scoring/calibration/items/" + item.code();
    if (calibration.item(item.code()).isEmpty()) {
      add("/scoring/calibration/items", "item " + item.code() + " has no calibration",
          "Give every item its slope a and thresholds b from the item bank.");
      return;
    }
    GradedResponseItem irt = calibration.item(item.code()).get();
    int options = item.options().size();
    if (irt.thresholds().size() != options - 1) {
      add(pointer + "/b", "item " + item.code() + " (" + irt.bankItem() + ") has " + irt.thresholds().size()
          + " thresholds for its " + options + " options", "Give " + (options - 1) + " thresholds, b1 to b"
          + (options - 1) + ", one fewer than the options.");
    } else if (!irt.hasIncreasingThresholds()) {
      add(pointer + "/b", "thresholds of item " + item.code() + " (" + irt.bankItem() + ") are not increasing",
          "Copy b1..b" + (options - 1) + " in order from the item bank; each is above the one before.");
    }
    if (item.highestValue() - item.lowestValue() != options - 1) {
      add("/items", "item " + item.code() + " is calibrated but its option values are not consecutive",
          "Calibrated items score their options as consecutive whole numbers, e.g. 1 to 5.");
    }
  }

  private void checkTableAgrees(SummedScoreTable computed) {
    for (Map.Entry<Integer, BigDecimal> row : rule.tScores().entrySet()) {
      computed.at(row.getKey()).ifPresent(t -> {
        if (t.value().subtract(row.getValue()).abs().compareTo(TOLERANCE) > 0) {
          add("/scoring/tScores/" + row.getKey(), "tScores gives T " + row.getValue() + " for raw " + row.getKey()
              + ", the calibration " + t.value(), "Check the table and the calibration version against the manual.");
        }
      });
    }
  }

  private void add(String pointer, String message, String hint) {
    errors.add(doc.error(pointer, message, hint));
  }
}
