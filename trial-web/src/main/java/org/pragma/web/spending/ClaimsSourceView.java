package org.pragma.web.spending;

import org.pragma.spending.ClaimsSource;
import org.pragma.spending.ColumnMapping;

/** A data source as the API shows it and takes it back: its name, mapping and version. */
public record ClaimsSourceView(String name, ColumnMapping mapping, Long version) {
  static ClaimsSourceView of(ClaimsSource s) {
    return new ClaimsSourceView(s.name(), s.mapping(), s.version());
  }
}
