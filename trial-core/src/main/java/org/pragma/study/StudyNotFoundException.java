package org.pragma.study;

import org.pragma.shared.DomainException;

/** No study has the code asked for. */
public class StudyNotFoundException extends DomainException {
  public StudyNotFoundException(String code) {
    super(Kind.NOT_FOUND, "study-not-found", "No study has code " + code + ".");
  }
}
