package org.pragma.site;

import java.util.List;
import java.util.Optional;
import org.pragma.study.Study;

/** The sites of each study. */
public interface Sites {
  /** A study's sites by code. */
  List<Site> of(Study study);

  Optional<Site> byCode(Study study, String code);

  void add(Site site);
}
