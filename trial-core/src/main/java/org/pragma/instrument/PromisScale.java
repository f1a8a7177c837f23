package org.pragma.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An instrument's T-score scale, computed once when the file is loaded: its {@link PromisCalibration}, the
 * {@link SummedScoreTable} for complete forms and, for forms with skipped items, response-pattern EAP scoring
 * (HealthMeasures' preferred scoring; it uses each answered item's own calibration).
 */
final class PromisScale {

  private final PromisCalibration calibration;
  private final List<Item> items;
  private final SummedScoreTable table;

  private PromisScale(PromisCalibration calibration, List<Item> items, SummedScoreTable table) {
    this.calibration = calibration;
    this.items = List.copyOf(items);
    this.table = table;
  }

  /** The scale of a checked instrument: every item is calibrated, with one threshold fewer than options. */
  static PromisScale of(PromisCalibration calibration, List<Item> items) {
    List<GradedResponseItem> calibrated = new ArrayList<>();
    int lowestRaw = 0;
    for (Item item : items) {
      calibrated.add(calibration.items().get(item.code()));
      lowestRaw += item.lowestValue();
    }
    return new PromisScale(calibration, items,
        SummedScoreTable.of(calibrated, lowestRaw, calibration.version(), ThetaGrid.STANDARD));
  }

  SummedScoreTable table() {
    return table;
  }

  PromisCalibration calibration() {
    return calibration;
  }

  /** The T-score of a complete form's raw sum, from the table. */
  TScore summed(int raw) {
    return table.at(raw).orElseThrow(() -> new IllegalArgumentException("raw sum " + raw + " is outside the form"));
  }

  /** The response-pattern EAP T-score of the answered items (item code to option value). */
  TScore responsePattern(Map<String, Integer> answered) {
    ThetaGrid grid = ThetaGrid.STANDARD;
    double[] likelihood = new double[grid.size()];
    java.util.Arrays.fill(likelihood, 1.0);
    for (Item item : items) {
      Integer value = answered.get(item.code());
      if (value == null) {
        continue;
      }
      GradedResponseItem irt = calibration.items().get(item.code());
      int category = value - item.lowestValue();
      for (int point = 0; point < grid.size(); point++) {
        likelihood[point] *= irt.probabilities(grid.theta(point))[category];
      }
    }
    return grid.posterior(likelihood, calibration.version());
  }
}
