package org.pragma.spending;

import java.util.List;
import org.pragma.shared.DomainException;
import org.pragma.site.imports.RowError;

/**
 * A claims file with at least one bad line: none of its lines is imported. The errors are the first
 * {@link ClaimLineParser#MAX_ERRORS} problems (file row, column header, what to fix); the total says
 * how many there were in all.
 */
public class ClaimsRefusedException extends DomainException {
  private final List<RowError> rowErrors;
  private final long total;

  public ClaimsRefusedException(List<RowError> rowErrors, long total) {
    super(Kind.RULE, "invalid-claims-file", total + " problem(s) in the claims file; no line was imported. "
        + "Fix the rows listed in errors and upload the whole file again.");
    this.rowErrors = List.copyOf(rowErrors);
    this.total = total;
  }

  /** A file whose header lacks a mapped column, or whose mapping cannot find patients. */
  public static ClaimsRefusedException mapping(String message) {
    return new ClaimsRefusedException(List.of(new RowError(1, null, message)), 1);
  }

  @Override
  public List<RowError> errors() {
    return rowErrors;
  }

  public long total() {
    return total;
  }
}
