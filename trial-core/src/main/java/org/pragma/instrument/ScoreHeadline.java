package org.pragma.instrument;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The main score of a response as one short text for people, the same on forms, the patient page and in the
 * audit trail: "T 58.6 (SE 1.5) · raw 15" for PROMIS, "32.0 %" for ODI/NDI, else the total.
 */
public final class ScoreHeadline {

  private ScoreHeadline() {}

  public static String of(Optional<Integer> total, Optional<BigDecimal> percent, Optional<TScore> tScore) {
    if (tScore.isPresent()) {
      return tScore.get().text() + total.map(raw -> " · raw " + raw).orElse("");
    }
    return percent.map(p -> p.toPlainString() + " %").or(() -> total.map(String::valueOf)).orElse("scored");
  }

  public static String of(Score score) {
    return score.isScored() ? of(score.total(), score.percent(), score.tScore()) : "incomplete";
  }
}
