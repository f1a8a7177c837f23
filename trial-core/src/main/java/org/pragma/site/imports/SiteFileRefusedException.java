package org.pragma.site.imports;

import java.util.List;
import org.pragma.shared.DomainException;

/** A site file with at least one bad row: none of its sites is registered. */
public class SiteFileRefusedException extends DomainException {
  private final List<RowError> rowErrors;

  public SiteFileRefusedException(List<RowError> rowErrors) {
    super(Kind.RULE, "invalid-site-file",
        rowErrors.size() + " problem(s) in the site file; no site was imported. Fix the rows listed in errors and upload the whole file again.");
    this.rowErrors = List.copyOf(rowErrors);
  }

  @Override
  public List<RowError> errors() {
    return rowErrors;
  }
}
