package org.pragma.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An export as users see it: what was asked, by whom and when, its status with progress while it
 * runs, and once done the rows per dataset, the zip's size and SHA-256 and its manifest (JSON text).
 */
public record ExportView(
    long id,
    String study,
    ExportStatus status,
    Integer percent,
    List<String> datasets,
    List<String> formats,
    String dates,
    String filters,
    String requestedBy,
    Instant requestedAt,
    Instant finishedAt,
    Instant snapshotAt,
    Map<String, Long> rows,
    Long fileBytes,
    String sha256,
    String message,
    String manifest,
    String signedBy,
    Instant signedAt) {

  static ExportView of(ExportRecord r, Integer percent) {
    Map<String, Long> rows = new LinkedHashMap<>();
    if (r.rowCounts() != null && !r.rowCounts().isBlank()) {
      for (String part : r.rowCounts().split(";")) {
        String[] kv = part.split("=");
        rows.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
      }
    }
    return new ExportView(r.id(), r.study().code(), r.status(), r.status().finished() ? null : percent,
        List.of(r.datasets().split(",")), List.of(r.formats().split(",")), r.actualDates() ? "actual" : "relative",
        r.filters(), r.requestedBy(), r.requestedAt(), r.finishedAt(), r.snapshotAt(), rows, r.fileBytes(), r.fileSha256(),
        r.message(), r.manifest(), r.signedBy(), r.signedAt());
  }

  /** The file name a download gets. */
  public String fileName() {
    return "pragma-" + study + "-export-" + id + ".zip";
  }
}
