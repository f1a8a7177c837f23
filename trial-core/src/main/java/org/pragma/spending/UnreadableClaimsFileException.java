package org.pragma.spending;

import org.pragma.shared.DomainException;

/** A claims file that cannot be read at all (not CSV/XLSX, not UTF-8, corrupt): nothing imported. */
public class UnreadableClaimsFileException extends DomainException {
  public UnreadableClaimsFileException(String message) {
    super(Kind.INVALID, "unreadable-claims-file", message);
  }
}
