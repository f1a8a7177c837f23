package org.pragma.web.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.pragma.export.ExportError;
import org.pragma.export.ExportRefusedException;
import org.pragma.export.ExportRequest;
import org.pragma.shared.DomainException;

/**
 * The body of {@code POST .../exports}: {@code {"datasets": ["patients"], "formats": ["csv", "xlsx"],
 * "dates": "relative", "sites": [], "arms": [], "enrolledFrom": "2026-01-01", "enrolledTo": null}}.
 */
public record ExportBody(List<String> datasets, List<String> formats, String dates, List<String> sites, List<String> arms,
    String enrolledFrom, String enrolledTo) {

  public ExportRequest request() {
    List<ExportError> errors = new ArrayList<>();
    LocalDate from = date("enrolledFrom", enrolledFrom, errors);
    LocalDate to = date("enrolledTo", enrolledTo, errors);
    try {
      ExportRequest request = ExportRequest.of(datasets, formats, dates, sites, arms, from, to);
      if (errors.isEmpty()) {
        return request;
      }
    } catch (ExportRefusedException e) {
      e.errors().forEach(x -> errors.add((ExportError) x));
    }
    throw new ExportRefusedException(DomainException.Kind.INVALID, "invalid-export-request", errors);
  }

  private static LocalDate date(String field, String text, List<ExportError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new ExportError(field, field + " must be a date like 2026-01-31."));
      return null;
    }
  }
}
