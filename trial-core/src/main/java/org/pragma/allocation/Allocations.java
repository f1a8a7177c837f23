package org.pragma.allocation;

import java.util.List;
import java.util.Optional;
import org.pragma.site.Site;
import org.pragma.study.Study;

/** Committed randomizations and the site arms they locked. */
public interface Allocations {
  /** A study's committed waves, first to last. */
  List<SiteRandomization> of(Study study);

  Optional<SiteArm> armOf(Site site);

  /** Holds the study's row lock until commit, so two commits of the same study run one after the other. */
  void serialize(Study study);

  void add(SiteRandomization randomization);

  void lock(SiteArm arm);
}
