package org.pragma.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A patient-reported instrument as defined in {@code protocols/instruments/<CODE>.yaml}: its items with
 * the values of the published scoring key, and the rule that turns answers into a {@link Score}. This is
 * the only scoring code in Pragma; forms, exports and {@code POST /api/instruments/{code}/score} call
 * {@link #score(Map)}.
 */
public final class Instrument {

  private final String code;
  private final String name;
  private final String version;
  private final String source;
  private final Optional<String> recallPeriod;
  private final Map<String, Item> items;
  private final ScoringRule scoring;
  private final String contentHash;
  private final Optional<PromisScale> scale;

  Instrument(String code, String name, String version, String source, Optional<String> recallPeriod,
      List<Item> items, ScoringRule scoring, String contentHash) {
    this(code, name, version, source, recallPeriod, items, scoring, contentHash, Optional.empty());
  }

  private Instrument(String code, String name, String version, String source, Optional<String> recallPeriod,
      List<Item> items, ScoringRule scoring, String contentHash, Optional<PromisScale> scale) {
    this.code = Objects.requireNonNull(code);
    this.name = name;
    this.version = version;
    this.source = source;
    this.recallPeriod = recallPeriod;
    Map<String, Item> byCode = new LinkedHashMap<>();
    items.forEach(item -> byCode.put(item.code(), item));
    this.items = java.util.Collections.unmodifiableMap(byCode);
    this.scoring = scoring;
    this.contentHash = contentHash;
    this.scale = scale;
  }

  /**
   * This instrument with its T-score scale computed from the calibration; called once the file passed its
   * checks, so every item has a calibration that fits its options.
   */
  Instrument withScale() {
    Optional<PromisScale> computed = scoring.calibration().map(c -> PromisScale.of(c, items()));
    return new Instrument(code, name, version, source, recallPeriod, items(), scoring, contentHash, computed);
  }

  /** The summed-score T-score table computed from the calibration, if the instrument has one. */
  public Optional<SummedScoreTable> tScoreTable() {
    return scale.map(PromisScale::table);
  }

  Optional<PromisScale> scale() {
    return scale;
  }

  /**
   * Scores one response. Keys are item codes ({@code odi1}…); a missing key or a {@code null} value is
   * an unanswered item; values are whole numbers on the published scoring key.
   *
   * @throws InvalidResponseException naming every unknown item and every value that is not a response
   *     option, so nothing is scored from a partly wrong response
   */
  public Score score(Map<String, ?> answers) {
    Map<String, Integer> answered = ResponseCheck.answered(this, answers);
    return new InstrumentScoring(this, answered).score();
  }

  public Optional<Item> item(String itemCode) {
    return Optional.ofNullable(itemCode).map(items::get);
  }

  /** The risk groups this instrument can assign, e.g. low, medium, high for STarT Back. */
  public Set<String> riskGroups() {
    Set<String> groups = new TreeSet<>();
    scoring.riskGroups().forEach(rule -> groups.add(rule.group()));
    return groups;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public String source() {
    return source;
  }

  public Optional<String> recallPeriod() {
    return recallPeriod;
  }

  public List<Item> items() {
    return List.copyOf(items.values());
  }

  public ScoringRule scoring() {
    return scoring;
  }

  /** SHA-256 of the instrument file, hex; changes whenever the definition changes. */
  public String contentHash() {
    return contentHash;
  }

  @Override
  public String toString() {
    return code + " " + version;
  }
}
