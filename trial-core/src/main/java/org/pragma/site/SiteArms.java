package org.pragma.site;

import java.util.Optional;

/**
 * The arm a committed randomization locked for a site. Sites only ask; the allocation feature
 * answers (it implements this), so the dependency stays one-way.
 */
public interface SiteArms {
  Optional<String> armOf(Site site);
}
