package org.pragma.spending;

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
import org.pragma.study.Study;

/**
 * One upload of a claims file: which file (name, SHA-256, size), who and when, and what came of it
 * — lines read and accepted, codes the category table did not know, the first problems of a refused
 * file — and, for a corrected file, which import it replaced and why.
 */
@Entity
@Table(name = "claims_import")
public class ClaimsImport {
  @Id
  @SequenceGenerator(name = "claims_import_seq", sequenceName = "claims_import_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claims_import_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @ManyToOne(optional = false)
  @JoinColumn(name = "source_id", updatable = false)
  private ClaimsSource source;

  @Column(name = "file_name", nullable = false, updatable = false) private String fileName;
  @Column(nullable = false, updatable = false, length = 64) private String sha256;
  @Column(name = "file_bytes", nullable = false, updatable = false) private long fileBytes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportStatus status;

  @Column(name = "lines_read", nullable = false) private long linesRead;
  @Column(name = "lines_accepted", nullable = false) private long linesAccepted;
  @Column(name = "lines_known", nullable = false) private long linesKnown;
  @Column(name = "unknown_codes", nullable = false) private long unknownCodes;
  @Column(name = "error_count", nullable = false) private long errorCount;
  @Column(name = "first_service_on") private LocalDate firstServiceOn;
  @Column(name = "last_service_on") private LocalDate lastServiceOn;
  @Column(length = 1000) private String message;
  @Column(name = "replaces_id", updatable = false) private Long replacesId;
  @Column(name = "replaced_by_id") private Long replacedById;
  @Column(length = 1000) private String reason;
  @Column(name = "imported_by", nullable = false, updatable = false, length = 40) private String importedBy;
  @Column(name = "started_at", nullable = false, updatable = false) private Instant startedAt;
  @Column(name = "finished_at") private Instant finishedAt;

  @Version private long version;

  protected ClaimsImport() {}

  ClaimsImport(ClaimsSource source, String fileName, String sha256, long fileBytes, Long replacesId, String reason,
      String importedBy, Instant startedAt) {
    this.study = source.study();
    this.source = source;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.fileBytes = fileBytes;
    this.replacesId = replacesId;
    this.reason = reason;
    this.importedBy = importedBy;
    this.startedAt = startedAt;
    this.status = ImportStatus.QUEUED;
  }

  void running() {
    status = ImportStatus.RUNNING;
  }

  void imported(long read, long accepted, long known, long unknown, LocalDate first, LocalDate last, Instant at) {
    status = ImportStatus.IMPORTED;
    linesRead = read;
    linesAccepted = accepted;
    linesKnown = known;
    unknownCodes = unknown;
    firstServiceOn = first;
    lastServiceOn = last;
    finishedAt = at;
  }

  void refused(long read, long errors, String why, Instant at) {
    status = ImportStatus.REFUSED;
    linesRead = read;
    errorCount = errors;
    message = why;
    finishedAt = at;
  }

  void failed(String why, Instant at) {
    status = ImportStatus.FAILED;
    message = why;
    finishedAt = at;
  }

  void replacedBy(long importId) {
    status = ImportStatus.REPLACED;
    replacedById = importId;
  }

  public Long id() { return id; }
  public Study study() { return study; }
  public ClaimsSource source() { return source; }
  public String fileName() { return fileName; }
  public String sha256() { return sha256; }
  public long fileBytes() { return fileBytes; }
  public ImportStatus status() { return status; }
  public long linesRead() { return linesRead; }
  public long linesAccepted() { return linesAccepted; }
  public long linesKnown() { return linesKnown; }
  public long unknownCodes() { return unknownCodes; }
  public long errorCount() { return errorCount; }
  public LocalDate firstServiceOn() { return firstServiceOn; }
  public LocalDate lastServiceOn() { return lastServiceOn; }
  public String message() { return message; }
  public Long replacesId() { return replacesId; }
  public Long replacedById() { return replacedById; }
  public String reason() { return reason; }
  public String importedBy() { return importedBy; }
  public Instant startedAt() { return startedAt; }
  public Instant finishedAt() { return finishedAt; }
  public long version() { return version; }
}
