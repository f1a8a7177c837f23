package org.pragma.site.imports;

import org.pragma.shared.DomainException;

/** A site file that cannot be read as a table at all: empty, too large, or not CSV/XLSX. */
public class UnreadableSiteFileException extends DomainException {
  public UnreadableSiteFileException(String message) {
    super(Kind.INVALID, "unreadable-site-file", message);
  }
}
