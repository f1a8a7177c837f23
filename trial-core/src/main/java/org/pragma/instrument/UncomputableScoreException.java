package org.pragma.instrument;

import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * A calibration so extreme that some response has no likelihood anywhere on the theta grid (it underflows),
 * so no T-score can be computed for it. Reported as a validation error of the instrument file.
 */
final class UncomputableScoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UncomputableScoreException() {
    super("the calibration gives some raw sum no likelihood between theta -8 and 8", null, false, false);
  }

  static ValidationError error(YamlDocument doc) {
    return doc.error("/scoring/calibration", "the calibration gives some raw sum no likelihood between theta -8 and 8,"
        + " so no T-score can be computed", "Check the slopes and thresholds against the item bank.");
  }
}
