package org.pragma.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.pragma.instrument.Score;
import org.pragma.instrument.ScoreHeadline;
import org.pragma.instrument.TScore;

/** One instrument answered at one visit: the item answers as entered and the scores Pragma computed. */
@Entity
@Table(name = "instrument_response")
public class InstrumentResponse {
  @Id
  @SequenceGenerator(name = "instrument_response_seq", sequenceName = "instrument_response_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_response_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "visit_id", updatable = false)
  private PatientVisit visit;

  @Column(nullable = false, updatable = false, length = 40)
  private String instrument;

  @Column(name = "instrument_version", nullable = false, length = 40)
  private String instrumentVersion;

  @Column(name = "answers_json", nullable = false, length = 8000)
  private String answersJson;

  @Column(name = "items_answered", nullable = false)
  private int itemsAnswered;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  @Column(nullable = false)
  private boolean scored;

  private Integer total;

  @Column(precision = 5, scale = 1)
  private BigDecimal percent;

  @Column(name = "t_score", precision = 4, scale = 1)
  private BigDecimal tScore;

  @Column(name = "t_score_se", precision = 4, scale = 1)
  private BigDecimal tScoreSe;

  @Column(name = "t_score_calibration", length = 40)
  private String tScoreCalibration;

  @Column(name = "risk_group", length = 40)
  private String riskGroup;

  @Column(length = 60)
  private String band;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Version private long version;

  protected InstrumentResponse() {}

  public InstrumentResponse(PatientVisit visit, String answersJson, Score score, String enteredBy, Instant at) {
    this.visit = visit;
    this.instrument = score.instrument();
    record(answersJson, score, enteredBy, at);
  }

  /** Replaces the answers and scores (a correction; the caller audits it with a reason). */
  public void record(String answersJson, Score score, String enteredBy, Instant at) {
    this.instrumentVersion = score.instrumentVersion();
    this.answersJson = answersJson;
    this.itemsAnswered = score.itemsAnswered();
    this.itemCount = score.itemCount();
    this.scored = score.isScored();
    this.total = score.total().orElse(null);
    this.percent = score.percent().orElse(null);
    this.tScore = score.tScore().map(TScore::value).orElse(null);
    this.tScoreSe = score.tScore().flatMap(TScore::standardError).orElse(null);
    this.tScoreCalibration = score.tScore().flatMap(TScore::calibration).orElse(null);
    this.riskGroup = score.riskGroup().orElse(null);
    this.band = score.band().orElse(null);
    this.enteredBy = enteredBy;
    this.enteredAt = at;
  }

  public Long id() {
    return id;
  }

  public PatientVisit visit() {
    return visit;
  }

  public String instrument() {
    return instrument;
  }

  public String instrumentVersion() {
    return instrumentVersion;
  }

  public String answersJson() {
    return answersJson;
  }

  public int itemsAnswered() {
    return itemsAnswered;
  }

  public int itemCount() {
    return itemCount;
  }

  public boolean scored() {
    return scored;
  }

  public Optional<Integer> total() {
    return Optional.ofNullable(total);
  }

  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /** The PROMIS T-score with its SE and calibration, as computed when the answers were recorded. */
  public Optional<TScore> tScore() {
    return Optional.ofNullable(tScore).map(t -> new TScore(t, Optional.ofNullable(tScoreSe),
        Optional.ofNullable(tScoreCalibration)));
  }

  /** The main score for people, e.g. "T 58.6 (SE 1.5) · raw 15"; see {@link ScoreHeadline}. */
  public String headline() {
    return scored ? ScoreHeadline.of(total(), percent(), tScore()) : "incomplete";
  }

  public Optional<String> riskGroup() {
    return Optional.ofNullable(riskGroup);
  }

  public Optional<String> band() {
    return Optional.ofNullable(band);
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }
}
