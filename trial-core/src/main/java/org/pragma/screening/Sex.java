package org.pragma.screening;

/** Sex as recorded at screening (for the CONSORT flow and baseline tables only). */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
