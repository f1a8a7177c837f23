package org.pragma.study;

import org.pragma.shared.DomainException;

/** Study codes are unique: they name the protocol folder and prefix every export. */
public class StudyCodeTakenException extends DomainException {
  public StudyCodeTakenException(String code) {
    super(
        Kind.CONFLICT,
        "study-code-taken",
        "A study with code " + code + " already exists; choose another code.");
  }
}
