package org.pragma.followup;

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
import java.time.Instant;
import java.time.LocalDate;

/** One try to reach a patient for a visit: when, how, what came of it. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt {
  /** How the patient was contacted. */
  public enum Method { PHONE, EMAIL, MAIL, IN_PERSON }

  /** What came of it. */
  public enum Outcome { REACHED, NO_ANSWER, LEFT_MESSAGE, WRONG_NUMBER, SCHEDULED, DECLINED }

  @Id
  @SequenceGenerator(name = "contact_attempt_seq", sequenceName = "contact_attempt_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_attempt_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "visit_id", updatable = false)
  private PatientVisit visit;

  @Column(name = "attempted_on", nullable = false, updatable = false)
  private LocalDate attemptedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Method method;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Outcome outcome;

  @Column(updatable = false, length = 1000)
  private String note;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected ContactAttempt() {}

  public ContactAttempt(PatientVisit visit, NewContactAttempt attempt, String by, Instant at) {
    this.visit = visit;
    this.attemptedOn = attempt.attemptedOn();
    this.method = attempt.method();
    this.outcome = attempt.outcome();
    this.note = attempt.note() == null || attempt.note().isBlank() ? null : attempt.note().strip();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long id() {
    return id;
  }

  public PatientVisit visit() {
    return visit;
  }

  public LocalDate attemptedOn() {
    return attemptedOn;
  }

  public Method method() {
    return method;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
