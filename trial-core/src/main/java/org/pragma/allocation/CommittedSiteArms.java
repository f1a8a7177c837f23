package org.pragma.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pragma.site.Site;
import org.pragma.site.SiteArms;

/** Tells the site feature which arm a committed randomization locked for a site. */
@ApplicationScoped
class CommittedSiteArms implements SiteArms {
  @Inject Allocations allocations;

  @Override
  public Optional<String> armOf(Site site) {
    return allocations.armOf(site).map(SiteArm::arm);
  }
}
