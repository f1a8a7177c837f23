package org.pragma.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A trial run in Pragma. A study starts in {@link StudyStatus#PLANNING}; its code is its stable,
 * human identifier (used in URLs, protocol folders and exports) and never changes.
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StudyStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Study() {}

  Study(NewStudy study, Instant now) {
    this.code = study.code();
    this.title = study.title().strip();
    this.registryId = study.registryId() == null || study.registryId().isBlank() ? null : study.registryId();
    this.status = StudyStatus.PLANNING;
    this.createdAt = now;
  }

  /** Corrects the study's description or moves its status; the code never changes. */
  void revise(StudyChange change) {
    this.title = change.title().strip();
    this.registryId = change.registryId() == null || change.registryId().isBlank() ? null : change.registryId();
    this.status = change.status();
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

  public StudyStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
