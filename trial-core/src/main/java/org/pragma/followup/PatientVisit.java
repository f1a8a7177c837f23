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

  @Enumerated(EnumType.STRING)
  @Column(name = "data_state", nullable = false, length = 20)
  private DataState dataState;

  @Column(name = "visit_on")
  private LocalDate visitOn;

  @Column(nullable = false)
  private boolean locked;

  @Version private long version;

  protected PatientVisit() {}

  public PatientVisit(Patient patient, PlannedVisit plan) {
    this.patient = patient;
    this.code = plan.code();
    this.name = plan.name();
    this.position = plan.position();
    this.targetOn = plan.target();
    this.opensOn = plan.opens();
    this.closesOn = plan.closes();
    this.dataState = DataState.NONE;
    this.locked = false;
  }

  /** Records that data were entered on {@code on}; complete when every required instrument is. */
  public void recordData(LocalDate on, boolean complete) {
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
}
