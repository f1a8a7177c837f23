package org.pragma.screening;

import java.util.List;
import org.pragma.site.Site;

/** The screening log of each site. */
public interface Screenings {
  /** A site's screenings, newest first. */
  List<Screening> of(Site site);

  java.util.Optional<Screening> byId(long id);

  void add(Screening screening);

  /**
   * Takes the site's row lock until the transaction ends: the lock enrollment takes, so a correction
   * and an enrollment of the same screening never interleave.
   */
  void lockSite(Site site);

  /** Reads the screening again from the database (after a lock, to see what others committed). */
  void refresh(Screening screening);

  /** Writes pending changes now, so a record read back carries the new version. */
  void flush();
}
