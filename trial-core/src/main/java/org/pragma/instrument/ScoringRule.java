package org.pragma.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declarative scoring rule of an instrument, as written under {@code scoring:} in its file.
 *
 * @param maximumMissing most unanswered items that still give a score (percent-of-answered, sum)
 * @param minimumAnswered fewest answered items that give a score (promis-raw)
 * @param recode per item, answer value to scored value (e.g. STarT Back item 9: 1-3 to 0, 4-5 to 1)
 * @param bandBasis {@code total}, {@code percent} or {@code tScore}; empty when there are no bands
 * @param tScores raw sum to T-score, from an official scoring manual; empty when none is provided
 * @param calibration the items' graded response model calibration (promis-raw), from which T-scores and
 *     their standard errors are computed
 */
public record ScoringRule(
    ScoringMethod method,
    int maximumMissing,
    int minimumAnswered,
    Map<String, Map<Integer, Integer>> recode,
    List<Subscale> subscales,
    List<RiskGroupRule> riskGroups,
    Optional<String> bandBasis,
    List<Band> bands,
    Map<Integer, BigDecimal> tScores,
    Optional<PromisCalibration> calibration) {

  public ScoringRule {
    recode = Map.copyOf(recode);
    subscales = List.copyOf(subscales);
    riskGroups = List.copyOf(riskGroups);
    bands = List.copyOf(bands);
    tScores = Map.copyOf(tScores);
  }

  /** The answer value as it counts in sums: recoded if the rule recodes this item. */
  int scoredValue(String itemCode, int answer) {
    Map<Integer, Integer> map = recode.get(itemCode);
    return map == null ? answer : map.getOrDefault(answer, answer);
  }

  /** The lowest and highest scored value an item can take, after recoding. */
  int[] scoredRange(Item item) {
    int low = Integer.MAX_VALUE;
    int high = Integer.MIN_VALUE;
    for (ResponseOption option : item.options()) {
      int v = scoredValue(item.code(), option.value());
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    return new int[] {low, high};
  }
}
