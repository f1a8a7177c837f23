package org.pragma.protocol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pragma.study.Study;

/**
 * One loaded content of a study's protocol files. Sequence 1 is the original protocol; every later
 * sequence is an amendment. A version never changes once recorded: its content hash identifies it.
 */
@jakarta.persistence.Cacheable
@Entity
@Table(name = "protocol_version")
public class ProtocolVersion {
  @Id
  @SequenceGenerator(name = "protocol_version_seq", sequenceName = "protocol_version_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protocol_version_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "version_label", nullable = false, updatable = false, length = 40)
  private String label;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(nullable = false, updatable = false, length = 500)
  private String source;

  @Column(name = "loaded_at", nullable = false, updatable = false)
  private Instant loadedAt;

  protected ProtocolVersion() {}

  ProtocolVersion(Study study, int sequence, StudyProtocol protocol, String source, Instant loadedAt) {
    this.study = study;
    this.sequence = sequence;
    this.label = protocol.version();
    this.contentHash = protocol.contentHash();
    this.source = source;
    this.loadedAt = loadedAt;
  }

  public Long id() {
    return id;
  }

  public Study study() {
    return study;
  }

  public int sequence() {
    return sequence;
  }

  public boolean isAmendment() {
    return sequence > 1;
  }

  public String label() {
    return label;
  }

  public String contentHash() {
    return contentHash;
  }

  public String source() {
    return source;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
