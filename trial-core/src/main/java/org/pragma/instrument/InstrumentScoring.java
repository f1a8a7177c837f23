package org.pragma.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an instrument's {@link ScoringRule} to checked answers. The three methods follow the published
 * rules: ODI 2.1a / NDI percentage of the answered sections (Fairbank &amp; Pynsent 2000; Vernon 2008),
 * plain sums with subscales and the STarT Back risk algorithm (Hill 2008; Sullivan 1995 for PCS), and
 * PROMIS short forms with the HealthMeasures 4-item floor: T-score and SE from the summed-score table when
 * complete, from the response pattern when items are skipped; without a calibration, raw sums prorated.
 */
final class InstrumentScoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Instrument instrument;
  private final ScoringRule rule;
  private final Map<String, Integer> answered;
  private final int itemCount;
  private final int missing;

  InstrumentScoring(Instrument instrument, Map<String, Integer> answered) {
    this.instrument = instrument;
    this.rule = instrument.scoring();
    this.answered = answered;
    this.itemCount = instrument.items().size();
    this.missing = itemCount - answered.size();
  }

  Score score() {
    return switch (rule.method()) {
      case PERCENT_OF_ANSWERED -> percentOfAnswered();
      case SUM -> sum();
      case PROMIS_RAW -> promisRaw();
    };
  }

  private Score percentOfAnswered() {
    if (missing > rule.maximumMissing()) {
      return notScored(missing + " of " + itemCount + " items unanswered; " + instrument.code()
          + " is scored with at most " + rule.maximumMissing() + " unanswered");
    }
    int total = 0;
    int lowest = 0;
    int highest = 0;
    for (Item item : instrument.items()) {
      Integer answer = answered.get(item.code());
      if (answer != null) {
        int[] range = rule.scoredRange(item);
        total += rule.scoredValue(item.code(), answer);
        lowest += range[0];
        highest += range[1];
      }
    }
    BigDecimal percent = BigDecimal.valueOf(total - lowest).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(highest - lowest), 1, RoundingMode.HALF_UP);
    MissingItemRule applied = missing == 0 ? MissingItemRule.ALL_ANSWERED : MissingItemRule.DENOMINATOR_REDUCED;
    String text = missing == 0 ? allAnswered()
        : missing + " unanswered (" + unansweredCodes() + "); percentage of the maximum of the "
            + answered.size() + " answered items (" + (highest - lowest) + ")";
    return scored(applied, text, total, Optional.of(percent), Optional.empty(), Map.of());
  }

  private Score sum() {
    if (missing > rule.maximumMissing()) {
      return notScored(missing + " of " + itemCount + " items unanswered (" + unansweredCodes() + "); "
          + instrument.code() + " is scored with at most " + rule.maximumMissing() + " unanswered");
    }
    int total = answered.entrySet().stream().mapToInt(e -> rule.scoredValue(e.getKey(), e.getValue())).sum();
    MissingItemRule applied = missing == 0 ? MissingItemRule.ALL_ANSWERED : MissingItemRule.ANSWERED_ONLY;
    String text = missing == 0 ? allAnswered()
        : missing + " unanswered (" + unansweredCodes() + ") left out of the sum";
    return scored(applied, text, total, Optional.empty(), Optional.empty(), subscales());
  }

  private Score promisRaw() {
    int needed = rule.minimumAnswered();
    if (answered.size() < needed) {
      return notScored("only " + answered.size() + " of " + itemCount + " items answered; at least "
          + needed + " are needed for a score (HealthMeasures)");
    }
    int raw = answered.values().stream().mapToInt(Integer::intValue).sum();
    Optional<PromisScale> scale = instrument.scale();
    if (missing == 0) {
      Optional<TScore> t = scale.map(s -> s.summed(raw)).or(() -> tableTScore(raw));
      return scored(MissingItemRule.ALL_ANSWERED, allAnswered(), raw, Optional.empty(), t, Map.of());
    }
    if (scale.isPresent()) {
      String text = missing + " unanswered (" + unansweredCodes() + "); T-score from the " + answered.size()
          + " answered items' calibrations (response pattern); raw sum of the answered items " + raw;
      return scored(MissingItemRule.RESPONSE_PATTERN, text, raw, Optional.empty(),
          Optional.of(scale.get().responsePattern(answered)), Map.of());
    }
    int n = answered.size();
    int prorated = (raw * itemCount + n - 1) / n;
    String text = missing + " unanswered (" + unansweredCodes() + "); prorated raw = " + raw + " x "
        + itemCount + " / " + n + ", rounded up = " + prorated;
    return scored(MissingItemRule.PRORATED, text, prorated, Optional.empty(), tableTScore(prorated), Map.of());
  }

  private Optional<TScore> tableTScore(int raw) {
    return Optional.ofNullable(rule.tScores().get(raw)).map(TScore::fromTable);
  }

  private Map<String, Integer> subscales() {
    Map<String, Integer> sums = new LinkedHashMap<>();
    for (Subscale subscale : rule.subscales()) {
      int sum = 0;
      for (String item : subscale.items()) {
        Integer answer = answered.get(item);
        sum += answer == null ? 0 : rule.scoredValue(item, answer);
      }
      sums.put(subscale.code(), sum);
    }
    return sums;
  }

  private Score scored(MissingItemRule applied, String text, int total, Optional<BigDecimal> percent,
      Optional<TScore> tScore, Map<String, Integer> subscales) {
    Optional<String> riskGroup = rule.riskGroups().stream()
        .filter(r -> r.matches(total, subscales)).map(RiskGroupRule::group).findFirst();
    Optional<String> band = band(total, percent, tScore);
    return new Score(instrument.code(), instrument.version(), applied, text, answered.size(), itemCount,
        Optional.of(total), percent, tScore, subscales, riskGroup, band);
  }

  private Optional<String> band(int total, Optional<BigDecimal> percent, Optional<TScore> tScore) {
    Optional<BigDecimal> basis = rule.bandBasis().flatMap(b -> switch (b) {
      case "percent" -> percent;
      case "tScore" -> tScore.map(TScore::value);
      default -> Optional.of(BigDecimal.valueOf(total));
    });
    if (basis.isEmpty()) {
      return Optional.empty();
    }
    String label = null;
    for (Band band : rule.bands()) {
      if (basis.get().compareTo(band.from()) >= 0) {
        label = band.label();
      }
    }
    return Optional.ofNullable(label);
  }

  private Score notScored(String text) {
    return new Score(instrument.code(), instrument.version(), MissingItemRule.TOO_MANY_MISSING, text,
        answered.size(), itemCount, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
        Optional.empty(), Optional.empty());
  }

  private String allAnswered() {
    return "all " + itemCount + " items answered";
  }

  private String unansweredCodes() {
    List<String> codes = instrument.items().stream().map(Item::code)
        .filter(c -> !answered.containsKey(c)).toList();
    return String.join(", ", codes);
  }
}
