package org.pragma.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.pragma.site.Site;

/** One screening of one patient at a site, with the eligibility outcome the protocol's rules gave. */
@Entity
@Table(name = "screening")
public class Screening {
  /**
   * One reader for every screening: {@code JsonbBuilder.create()} looks its provider up through the
   * EAR's class loaders each time (a profile of bench/load.sh found that lookup in about a tenth of
   * the busy request threads' samples, reading a visit); Jsonb instances are thread-safe.
   */
  private static final jakarta.json.bind.Jsonb ANSWERS = jakarta.json.bind.JsonbBuilder.create();

  @Id
  @SequenceGenerator(name = "screening_seq", sequenceName = "screening_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id", updatable = false)
  private Site site;

  @Column(name = "screened_on", nullable = false)
  private LocalDate screenedOn;

  private Integer age;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Sex sex;

  @Column(name = "pain_location", length = 40)
  private String painLocation;

  @Column(name = "answers_json", nullable = false, length = 20000)
  private String answersJson;

  @Column(nullable = false)
  private boolean eligible;

  @Column(name = "failed_json", nullable = false, length = 20000)
  private String failedJson;

  @Column(name = "screened_by", nullable = false, updatable = false, length = 100)
  private String screenedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Why an eligible patient was not enrolled; null while undecided (or enrolled). */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "not_enrolled", length = 20)
  private NonEnrollment notEnrolled;

  @Column(name = "not_enrolled_note", length = 1000)
  private String notEnrolledNote;

  @Version private long version;

  protected Screening() {}

  Screening(Site site, NewScreening request, Outcome outcome, String screenedBy, Instant now) {
    this.site = site;
    this.screenedOn = request.screenedOn();
    this.sex = request.sex();
    this.age = outcome.age();
    this.painLocation = outcome.painLocation();
    this.answersJson = outcome.answersJson();
    this.eligible = outcome.eligible();
    this.failedJson = outcome.failedJson();
    this.screenedBy = screenedBy;
    this.createdAt = now;
  }

  /** Replaces the answers (a correction, audited by the caller) and the outcome the rules give them. */
  void correct(NewScreening request, Outcome outcome) {
    this.screenedOn = request.screenedOn();
    this.sex = request.sex();
    this.age = outcome.age();
    this.painLocation = outcome.painLocation();
    this.answersJson = outcome.answersJson();
    this.eligible = outcome.eligible();
    this.failedJson = outcome.failedJson();
  }

  /**
   * Records that this eligible patient is not enrolled, and why: only an eligible patient can be "not enrolled"
   * (the ineligible are excluded by their criteria), and another reason must be stated.
   */
  void recordNotEnrolled(NonEnrollment reason, String note) {
    if (!eligible) {
      throw new NonEnrollmentRefusedException(org.pragma.shared.DomainException.Kind.RULE, "screening-ineligible",
          "Screening " + id + " found the patient ineligible: the failed criteria are why they were not enrolled.");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (reason == NonEnrollment.OTHER_REASON && text == null) {
      throw new NonEnrollmentRefusedException(org.pragma.shared.DomainException.Kind.INVALID, "non-enrollment-reason",
          "Say what the other reason is.", java.util.List.of(new NonEnrollmentRefusedException.Problem("note",
              "is required for another reason")));
    }
    this.notEnrolled = reason;
    this.notEnrolledNote = text;
  }

  /** The patient is undecided again (changed their mind): they may now be enrolled. */
  void undoNotEnrolled() {
    this.notEnrolled = null;
    this.notEnrolledNote = null;
  }

  public java.util.Optional<NonEnrollment> notEnrolled() {
    return java.util.Optional.ofNullable(notEnrolled);
  }

  public java.util.Optional<String> notEnrolledNote() {
    return java.util.Optional.ofNullable(notEnrolledNote);
  }

  /** The optimistic-lock version: a change names the version it read. */
  public long version() {
    return version;
  }

  /** What the eligibility rules made of the answers, ready to store. */
  record Outcome(boolean eligible, Integer age, String painLocation, String answersJson, String failedJson) {}

  public Long id() {
    return id;
  }

  public Site site() {
    return site;
  }

  public LocalDate screenedOn() {
    return screenedOn;
  }

  public Integer age() {
    return age;
  }

  public Sex sex() {
    return sex;
  }

  public String painLocation() {
    return painLocation;
  }

  /** The answers as given, by question code (text, numbers, booleans), for re-evaluating conditions. */
  @SuppressWarnings("unchecked")
  public java.util.Map<String, Object> answers() {
    try {
      return ANSWERS.fromJson(answersJson, java.util.LinkedHashMap.class);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Stored screening answers are not readable", e);
    }
  }

  public String answersJson() {
    return answersJson;
  }

  public boolean eligible() {
    return eligible;
  }

  public String failedJson() {
    return failedJson;
  }

  public String screenedBy() {
    return screenedBy;
  }
}
