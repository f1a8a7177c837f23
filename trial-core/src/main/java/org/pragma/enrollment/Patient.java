package org.pragma.enrollment;

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
import java.util.Optional;
import org.pragma.protocol.ProtocolVersion;
import org.pragma.screening.Screening;
import org.pragma.site.Site;
import org.pragma.study.Study;

/**
 * An enrolled patient: the study data only (arm, package, consent, status). Name, date of birth and
 * record number are in {@link PatientIdentifier}, encrypted and visible only at the patient's site.
 * The arm is the site's randomized arm and never changes; so are the study ID and protocol version.
 */
@Entity
@Table(name = "patient")
public class Patient {
  @Id
  @SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id", updatable = false)
  private Site site;

  @ManyToOne(optional = false)
  @JoinColumn(name = "screening_id", updatable = false)
  private Screening screening;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "study_patient_id", nullable = false, updatable = false, length = 40)
  private String studyId;

  @Column(nullable = false, updatable = false, length = 60)
  private String arm;

  @Column(name = "intervention_package", updatable = false, length = 200)
  private String interventionPackage;

  @Column(name = "risk_group", updatable = false, length = 40)
  private String riskGroup;

  @ManyToOne(optional = false)
  @JoinColumn(name = "protocol_version_id")
  private ProtocolVersion protocolVersion;

  @Column(name = "enrolled_on", nullable = false, updatable = false)
  private LocalDate enrolledOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_model", nullable = false, updatable = false, length = 30)
  private ConsentModel consentModel;

  @Column(name = "consent_on", updatable = false)
  private LocalDate consentOn;

  @Column(name = "consent_by", updatable = false, length = 200)
  private String consentBy;

  @Column(name = "consent_document", updatable = false, length = 100)
  private String consentDocument;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PatientStatus status;

  @Column(name = "status_on")
  private LocalDate statusOn;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  @Column(nullable = false)
  private boolean unreachable;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
  private String idempotencyKey;

  @Column(name = "enrolled_by", nullable = false, updatable = false, length = 100)
  private String enrolledBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Patient() {}

  Patient(Enrollment e) {
    this.study = e.site().study();
    this.site = e.site();
    this.screening = e.screening();
    this.sequence = e.sequence();
    this.studyId = e.studyId();
    this.arm = e.arm();
    this.interventionPackage = e.interventionPackage();
    this.riskGroup = e.riskGroup();
    this.protocolVersion = e.protocolVersion();
    this.enrolledOn = e.enrolledOn();
    this.consentModel = e.consent().model();
    this.consentOn = e.consent().on();
    this.consentBy = e.consent().by();
    this.consentDocument = e.consent().document();
    this.status = PatientStatus.ENROLLED;
    this.idempotencyKey = e.idempotencyKey();
    this.enrolledBy = e.enrolledBy();
    this.createdAt = e.at();
  }

  /** Everything an enrollment decided, checked, before the patient exists. */
  record Enrollment(Site site, Screening screening, int sequence, String studyId, String arm,
      String interventionPackage, String riskGroup, ProtocolVersion protocolVersion, LocalDate enrolledOn,
      ConsentRecord consent, String idempotencyKey, String enrolledBy, Instant at) {}

  /**
   * Moves the patient to a new status on a date, for a reason. Refused when the move makes no sense
   * (a withdrawn patient cannot die in the study record, a date before enrollment).
   */
  void changeStatus(PatientStatus to, LocalDate on, String reason) {
    if (!status.next().contains(to)) {
      throw new PatientStatusException(studyId, "cannot change from " + status.label().toLowerCase(java.util.Locale.ROOT)
          + " to " + to.label().toLowerCase(java.util.Locale.ROOT));
    }
    if (on.isBefore(enrolledOn)) {
      throw new PatientStatusException(studyId, "the date " + on + " is before enrollment on " + enrolledOn);
    }
    this.status = to;
    this.statusOn = on;
    this.statusReason = reason;
  }

  public Long id() {
    return id;
  }

  public Study study() {
    return study;
  }

  public Site site() {
    return site;
  }

  public Screening screening() {
    return screening;
  }

  public int sequence() {
    return sequence;
  }

  public String studyId() {
    return studyId;
  }

  public String arm() {
    return arm;
  }

  public Optional<String> interventionPackage() {
    return Optional.ofNullable(interventionPackage);
  }

  public Optional<String> riskGroup() {
    return Optional.ofNullable(riskGroup);
  }

  /** Moves the patient to a later protocol version (an audited schedule migration). */
  public void migrateTo(ProtocolVersion version) {
    this.protocolVersion = version;
  }

  public ProtocolVersion protocolVersion() {
    return protocolVersion;
  }

  public LocalDate enrolledOn() {
    return enrolledOn;
  }

  public ConsentRecord consent() {
    return new ConsentRecord(consentModel, consentOn, consentBy, consentDocument);
  }

  public PatientStatus status() {
    return status;
  }

  public Optional<LocalDate> statusOn() {
    return Optional.ofNullable(statusOn);
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  /** Whether the site has given up reaching the patient for now (visits stay on the worklist, flagged). */
  public boolean unreachable() {
    return unreachable;
  }

  public void markUnreachable(boolean value) {
    unreachable = value;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String enrolledBy() {
    return enrolledBy;
  }
}
