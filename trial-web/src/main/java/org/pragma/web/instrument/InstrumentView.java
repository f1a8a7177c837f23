package org.pragma.web.instrument;

import java.util.List;
import org.pragma.instrument.Band;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.Item;
import org.pragma.instrument.PromisCalibration;
import org.pragma.instrument.ResponseOption;
import org.pragma.instrument.RiskGroupRule;
import org.pragma.instrument.ScoringRule;
import org.pragma.instrument.Subscale;

/** An instrument's definition as the API shows it: items with their response options, and how it is scored. */
public record InstrumentView(
    String code,
    String name,
    String version,
    String source,
    String recallPeriod,
    ScoringView scoring,
    List<ItemView> items) {

  /**
   * How the instrument is scored: the method, its missing-item limits, subscales, risk groups and bands.
   *
   * @param tScoreTable whether T-scores are given (from a calibration or a copied table)
   * @param calibration the item calibration version T-scores are computed with, e.g. v1.2; null without one
   */
  public record ScoringView(
      String method,
      int maximumMissing,
      int minimumAnswered,
      List<Subscale> subscales,
      List<RiskGroupRule> riskGroups,
      List<Band> bands,
      boolean tScoreTable,
      String calibration) {
    static ScoringView of(ScoringRule r) {
      return new ScoringView(r.method().key(), r.maximumMissing(), r.minimumAnswered(), r.subscales(), r.riskGroups(),
          r.bands(), !r.tScores().isEmpty() || r.calibration().isPresent(),
          r.calibration().map(PromisCalibration::version).orElse(null));
    }
  }

  /** One item and the values of its response options on the published scoring key. */
  public record ItemView(String code, String text, List<ResponseOption> options) {
    static ItemView of(Item item) {
      return new ItemView(item.code(), item.text(), item.options());
    }
  }

  /** A line per instrument, for lists. */
  public record Summary(String code, String name, String version, int items) {
    static Summary of(Instrument i) {
      return new Summary(i.code(), i.name(), i.version(), i.items().size());
    }
  }

  static InstrumentView of(Instrument i) {
    return new InstrumentView(
        i.code(),
        i.name(),
        i.version(),
        i.source(),
        i.recallPeriod().orElse(null),
        ScoringView.of(i.scoring()),
        i.items().stream().map(ItemView::of).toList());
  }
}
