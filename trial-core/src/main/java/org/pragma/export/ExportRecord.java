package org.pragma.export;

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
import org.pragma.study.Study;

/**
 * One analysis export: what was asked (datasets, formats, dates, filters), by whom and when, and
 * what came of it — the row counts, the manifest and the zip's SHA-256 — for the audit and for
 * downloading it again.
 */
@Entity
@Table(name = "analysis_export")
public class ExportRecord {
  @Id
  @SequenceGenerator(name = "analysis_export_seq", sequenceName = "analysis_export_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analysis_export_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ExportStatus status;

  @Column(nullable = false, updatable = false, length = 200) private String datasets;
  @Column(nullable = false, updatable = false, length = 40) private String formats;
  @Column(name = "actual_dates", nullable = false, updatable = false) private boolean actualDates;
  @Column(nullable = false, updatable = false, length = 4000) private String filters;
  @Column(name = "requested_by", nullable = false, updatable = false, length = 100) private String requestedBy;
  @Column(name = "requested_at", nullable = false, updatable = false) private Instant requestedAt;
  @Column(name = "finished_at") private Instant finishedAt;
  @Column(name = "snapshot_at") private Instant snapshotAt;
  @Column(name = "row_counts", length = 1000) private String rowCounts;
  @Column(length = 100000) private String manifest;
  @Column(name = "file_sha256", length = 64) private String fileSha256;
  @Column(name = "file_bytes") private Long fileBytes;
  @Column(length = 1000) private String message;
  @Column(name = "signature_id") private Long signatureId;
  @Column(name = "signed_by", length = 100) private String signedBy;
  @Column(name = "signed_at") private Instant signedAt;
  @Version private long version;

  protected ExportRecord() {}

  ExportRecord(Study study, ExportRequest request, String requestedBy, Instant requestedAt) {
    this.study = study;
    this.datasets = String.join(",", request.datasets());
    this.formats = String.join(",", request.formats().stream().map(f -> f.name().toLowerCase()).toList());
    this.actualDates = request.actualDates();
    this.filters = request.filterText();
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.status = ExportStatus.QUEUED;
  }

  void running() {
    status = ExportStatus.RUNNING;
  }

  void done(Instant snapshot, String rows, String manifestJson, String sha256, long bytes, Instant at) {
    status = ExportStatus.DONE;
    snapshotAt = snapshot;
    rowCounts = rows;
    manifest = manifestJson;
    fileSha256 = sha256;
    fileBytes = bytes;
    finishedAt = at;
  }

  /** Marks the export final: signed by {@code by} with the signature over its zip's SHA-256. */
  void signed(long signature, String by, Instant at) {
    signatureId = signature;
    signedBy = by;
    signedAt = at;
  }

  void failed(String why, Instant at) {
    status = ExportStatus.FAILED;
    message = why;
    finishedAt = at;
  }

  public Long id() { return id; }
  public Study study() { return study; }
  public ExportStatus status() { return status; }
  public String datasets() { return datasets; }
  public String formats() { return formats; }
  public boolean actualDates() { return actualDates; }
  public String filters() { return filters; }
  public String requestedBy() { return requestedBy; }
  public Instant requestedAt() { return requestedAt; }
  public Instant finishedAt() { return finishedAt; }
  public Instant snapshotAt() { return snapshotAt; }
  public String rowCounts() { return rowCounts; }
  public String manifest() { return manifest; }
  public String fileSha256() { return fileSha256; }
  public Long fileBytes() { return fileBytes; }
  public String message() { return message; }
  public Long signatureId() { return signatureId; }
  public String signedBy() { return signedBy; }
  public Instant signedAt() { return signedAt; }
}
