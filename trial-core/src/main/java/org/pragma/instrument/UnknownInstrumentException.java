package org.pragma.instrument;

import org.pragma.shared.DomainException;
/** No instrument with the requested code is in the catalog. */
public final class UnknownInstrumentException extends DomainException {

  private final String code;

  public UnknownInstrumentException(String code) {
    super(Kind.NOT_FOUND, "unknown-instrument", "No instrument has code " + code + ".");
    this.code = code;
  }


  public String code() {
    return code;
  }
}
