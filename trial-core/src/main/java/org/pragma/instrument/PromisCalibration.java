package org.pragma.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The named item calibration an instrument file gives under {@code scoring.calibration}: one
 * {@link GradedResponseItem} per item code. The version is part of every T-score, because short forms that
 * share their items can differ in calibration (PROMIS Physical Function 6b v1.2 vs v2.0).
 */
public record PromisCalibration(String version, String source, Map<String, GradedResponseItem> items) {

  public PromisCalibration {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  public Optional<GradedResponseItem> item(String itemCode) {
    return Optional.ofNullable(items.get(itemCode));
  }
}
