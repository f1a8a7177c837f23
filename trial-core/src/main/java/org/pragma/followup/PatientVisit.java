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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.pragma.enrollment.Patient;

/**
 * One visit of one patient, with the dates its window gives under the patient's protocol version. Its
 * status (upcoming, due, overdue, missed, completed) is derived from these dates, the data and today.
 */
@Entity
@Table(name = "patient_visit")
public class PatientVisit {
  /** How much of the visit's data has been entered. */
  public enum DataState { NONE, INCOMPLETE, COMPLETE }

  @Id
  @SequenceGenerator(name = "patient_visit_seq", sequenceName = "patient_visit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_visit_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @Column(name = "study_id", nullable = false, updatable = false)
  private Long studyId;

  @Column(name = "site_id", nullable = false, updatable = false)
  private Long siteId;

  @Column(nullable = false, updatable = false, length = 60)
  private String arm;

  @Column(nullable = false, updatable = false, length = 60)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(name = "target_on", nullable = false)
  private LocalDate targetOn;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(name = "remind_on", nullable = false)
  private LocalDate remindOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_state", nullable = false, length = 20)
  private DataState dataState;

  @Column(name = "visit_on")
  private LocalDate visitOn;

  @Column(nullable = false)
  private boolean locked;

  @Column(name = "locked_by", length = 100)
  private String lockedBy;

  @Column(name = "locked_at")
  private java.time.Instant lockedAt;

  @Column(name = "lock_signature_id")
  private Long lockSignatureId;

  @Version private long version;

  protected PatientVisit() {}

  public PatientVisit(Patient patient, PlannedVisit plan) {
    this.patient = patient;
    this.studyId = patient.study().id();
    this.siteId = patient.site().id();
    this.arm = patient.arm();
    this.code = plan.code();
    this.name = plan.name();
    this.position = plan.position();
    this.targetOn = plan.target();
    this.opensOn = plan.opens();
    this.closesOn = plan.closes();
    this.remindOn = plan.remind();
    this.dataState = DataState.NONE;
    this.locked = false;
  }

  /** Moves a visit without data to the dates a later protocol version gives it. */
  public void reschedule(PlannedVisit plan) {
    if (dataState != DataState.NONE || locked) {
      throw new VisitStateException(code, "already has data; its dates stay those it was done under");
    }
    this.name = plan.name();
    this.position = plan.position();
    this.targetOn = plan.target();
    this.opensOn = plan.opens();
    this.closesOn = plan.closes();
    this.remindOn = plan.remind();
  }

  /** Locks complete data under a data manager's e-signature; nothing changes until it is unlocked. */
  public void lock(String by, java.time.Instant at, long signatureId) {
    if (dataState != DataState.COMPLETE) {
      throw new VisitStateException(code, "has no complete data to lock");
    }
    if (locked) {
      throw new VisitStateException(code, "is already locked");
    }
    locked = true;
    lockedBy = by;
    lockedAt = at;
    lockSignatureId = signatureId;
  }

  public void unlock() {
    if (!locked) {
      throw new VisitStateException(code, "is not locked");
    }
    locked = false;
    lockedBy = null;
    lockedAt = null;
    lockSignatureId = null;
  }

  /** Records that data were entered on {@code on}; complete when every required instrument is. */
  public void recordData(LocalDate on, boolean complete) {
    if (locked) {
      throw new VisitStateException(code, "is locked by a data manager; it must be unlocked before its data change");
    }
    this.visitOn = on;
    this.dataState = complete ? DataState.COMPLETE : DataState.INCOMPLETE;
  }

  public Long id() {
    return id;
  }

  public Patient patient() {
    return patient;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int position() {
    return position;
  }

  public LocalDate targetOn() {
    return targetOn;
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate closesOn() {
    return closesOn;
  }

  public LocalDate remindOn() {
    return remindOn;
  }

  public java.util.Optional<String> lockedBy() {
    return java.util.Optional.ofNullable(lockedBy);
  }

  public DataState dataState() {
    return dataState;
  }

  public Optional<LocalDate> visitOn() {
    return Optional.ofNullable(visitOn);
  }

  public boolean locked() {
    return locked;
  }

  /** Whether the visit date lies outside the window (kept, but flagged). */
  public boolean outOfWindow() {
    return visitOn != null && (visitOn.isBefore(opensOn) || visitOn.isAfter(closesOn));
  }

  /** The optimistic-lock version: a save names the version it edits. */
  public long version() {
    return version;
  }
}
