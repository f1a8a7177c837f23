package org.pragma.instrument;

/** No instrument with the requested code is in the catalog. */
public final class UnknownInstrumentException extends RuntimeException {

  private final String code;

  public UnknownInstrumentException(String code) {
    super("no instrument with code " + code);
    this.code = code;
  }

  /** Stable problem type slug for the REST problem document. */
  public String problemType() {
    return "unknown-instrument";
  }

  public String code() {
    return code;
  }
}
