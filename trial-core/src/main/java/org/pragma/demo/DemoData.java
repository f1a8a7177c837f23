package org.pragma.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.protocol.ProtocolService;
import org.pragma.security.Roles;
import org.pragma.site.NewSite;
import org.pragma.site.SiteService;

/**
 * Registers invented clinics for the two shipped studies (33 for SPINE CARE, 22 for IMPACt-LBP,
 * as in the trials) when demo data is switched on and a study has no sites yet, so a first run can
 * be randomized at once. The clinics and their covariates are made up, from a fixed seed.
 */
@Singleton
@Startup
@DependsOn("ProtocolService")
@RunAs(Roles.ADMIN)
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "pragma.demo.data", defaultValue = "false")
  boolean enabled;

  @EJB SiteService sites;
  @EJB ProtocolService protocols;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    clinics("SPINE-CARE", 33, List.of("honorhealth", "vanderbilt"), "annual-spine-visits", false);
    clinics("IMPACT-LBP", 22, List.of("duke", "dartmouth", "iowa"), "annual-low-back-pain-visits", true);
  }

  private void clinics(String study, int count, List<String> systems, String volume, boolean clinicType) {
    if (protocols.protocols().stream().noneMatch(p -> ProtocolService.studyCodeOf(p).equals(study)) || !sites.of(study).isEmpty()) {
      return;
    }
    Random random = new Random(study.hashCode());
    for (int i = 1; i <= count; i++) {
      String system = systems.get(i % systems.size());
      String visits = String.valueOf(200 + random.nextInt(900));
      Map<String, String> covariates = clinicType
          ? Map.of("health-system", system, volume, visits, "clinic-type", random.nextBoolean() ? "family-medicine" : "internal-medicine")
          : Map.of("health-system", system, volume, visits);
      String code = String.format("S%02d", i);
      sites.register(study, new NewSite(code, "Demo clinic " + code, system, null, null, 90, covariates));
    }
    LOG.info(() -> "Registered " + count + " demo clinics for " + study);
  }
}
