package org.pragma.allocation;

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
 * One committed randomization wave of a study's sites: the seed, the algorithm version, the whole
 * draw (inputs, allocation, diagnostics) as recorded JSON, and its SHA-256 content hash. Immutable.
 */
@jakarta.persistence.Cacheable
@Entity
@Table(name = "site_randomization")
public class SiteRandomization {
  @Id
  @SequenceGenerator(name = "site_randomization_seq", sequenceName = "site_randomization_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_randomization_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @Column(nullable = false, updatable = false)
  private int wave;

  @Column(nullable = false, updatable = false, length = 30)
  private String method;

  @Column(nullable = false, updatable = false)
  private long seed;

  @Column(name = "algorithm_version", nullable = false, updatable = false, length = 200)
  private String algorithmVersion;

  @Column(name = "total_allocations", nullable = false, updatable = false)
  private long totalAllocations;

  @Column(name = "constrained_size", nullable = false, updatable = false)
  private int constrainedSize;

  @Column(name = "draw_json", nullable = false, updatable = false, length = 1_000_000)
  private String drawJson;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(name = "committed_by", nullable = false, updatable = false, length = 100)
  private String committedBy;

  @Column(name = "committed_at", nullable = false, updatable = false)
  private Instant committedAt;

  @Column(name = "signature_id", nullable = false, updatable = false)
  private long signatureId;

  protected SiteRandomization() {}

  SiteRandomization(Study study, Draw draw, String drawJson, String contentHash, String committedBy, Instant committedAt, long signatureId) {
    this.study = study;
    this.wave = draw.wave();
    this.method = draw.method();
    this.seed = draw.seed();
    this.algorithmVersion = draw.algorithmVersion();
    this.totalAllocations = draw.totalAllocations();
    this.constrainedSize = draw.constrainedSize();
    this.drawJson = drawJson;
    this.contentHash = contentHash;
    this.committedBy = committedBy;
    this.committedAt = committedAt;
    this.signatureId = signatureId;
  }

  /** The statistician's electronic signature of this commit. */
  public long signatureId() {
    return signatureId;
  }

  public Long id() {
    return id;
  }

  public Study study() {
    return study;
  }

  public int wave() {
    return wave;
  }

  public String drawJson() {
    return drawJson;
  }

  public String contentHash() {
    return contentHash;
  }

  public String committedBy() {
    return committedBy;
  }

  public Instant committedAt() {
    return committedAt;
  }
}
