package org.pragma.study;

import java.util.List;
import java.util.Optional;

/** The studies Pragma holds. */
public interface Studies {
  Optional<Study> byCode(String code);

  /** Every study, by code. */
  List<Study> all();

  void add(Study study);
}
