package org.pragma.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a data manager reads about an import: the file, its outcome, and per-category totals of the
 * lines it added. {@code alreadyImported} is true when this very file (same SHA-256) had been
 * imported from the source before, so nothing new was added.
 */
public record ClaimsImportView(
    long id,
    String source,
    String priceBasis,
    String fileName,
    String sha256,
    long fileBytes,
    ImportStatus status,
    long linesRead,
    long linesAccepted,
    long unknownCodes,
    long errorCount,
    LocalDate firstServiceOn,
    LocalDate lastServiceOn,
    String message,
    Long replacesId,
    Long replacedById,
    String reason,
    String importedBy,
    Instant startedAt,
    Instant finishedAt,
    Integer percent,
    boolean alreadyImported,
    List<CategoryTotal> totals) {

  /** Lines and exact amounts one import added in one category. */
  public record CategoryTotal(ServiceCategory category, long lines, BigDecimal amount, BigDecimal spineRelated) {
    public CategoryTotal {
      amount = Money.of(amount);
      spineRelated = Money.of(spineRelated);
    }
  }
}
