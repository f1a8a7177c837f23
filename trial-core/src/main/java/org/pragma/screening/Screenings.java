package org.pragma.screening;

import java.util.List;
import org.pragma.site.Site;

/** The screening log of each site. */
public interface Screenings {
  /** A site's screenings, newest first. */
  List<Screening> of(Site site);

  java.util.Optional<Screening> byId(long id);

  void add(Screening screening);
}
