package org.pragma.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A trial run in Pragma. Its code is its stable, human identifier (used in URLs, protocol folders and
 * exports) and never changes. Its status follows the trial's facts ({@link StudyStatus#of}); the only
 * status it stores is the admin's decision to close it.
 */
@Entity
@Table(name = "study")
public class Study {
  @Id
  @SequenceGenerator(name = "study_seq", sequenceName = "study_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "registry_id", length = 40)
  private String registryId;

  @Column(nullable = false)
  private boolean closed;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Study() {}

  Study(NewStudy study, Instant now) {
    this.code = study.code();
    this.title = study.title().strip();
    this.registryId = study.registryId() == null || study.registryId().isBlank() ? null : study.registryId();
    this.createdAt = now;
  }

  /** Corrects the study's description, or closes (or reopens) it; the code never changes. */
  void revise(StudyChange change) {
    this.title = change.title().strip();
    this.registryId = change.registryId() == null || change.registryId().isBlank() ? null : change.registryId();
    this.closed = change.closed();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public Optional<String> registryId() {
    return Optional.ofNullable(registryId);
  }

  /** Closed by an admin: the trial is over. */
  public boolean closed() {
    return closed;
  }

  /** The status these facts give the study. */
  public StudyStatus status(StudyProgress progress) {
    return StudyStatus.of(closed, progress);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
