package org.pragma.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.protocol.ProtocolService;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;

/**
 * The demo, when {@code pragma.demo.data} is true: on a study without sites, registers invented
 * clinics for the two shipped studies (33 for SPINE CARE, 22 for IMPACt-LBP, as in the trials), and
 * for SPINE CARE opens them and screens a synthetic screening log ({@link DemoTrial}); then creates
 * one demo user per role ({@link DemoUsers}). Clinics, covariates and patients are made up, from a
 * fixed seed ({@code pragma.demo.seed}); {@code pragma.demo.sites} and {@code pragma.demo.patients}
 * scale SPINE CARE's part. Each step commits on its own, so a slow load shows its progress.
 */
@Singleton
@Startup
@DependsOn({"ProtocolService", "FirstAdmin"})
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String DEMO_STUDY = "SPINE-CARE";

  @Inject
  @ConfigProperty(name = "pragma.demo.data", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "pragma.demo.seed", defaultValue = "20170301")
  long seed;

  @Inject
  @ConfigProperty(name = "pragma.demo.sites", defaultValue = "33")
  int siteCount;

  @Inject
  @ConfigProperty(name = "pragma.demo.patients", defaultValue = "3000")
  int patients;

  @EJB ProtocolService protocols;
  @EJB SiteService sites;
  @EJB DemoTrial trial;
  @EJB DemoUsers users;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    try {
      if (clinics(DEMO_STUDY, siteCount, List.of("honorhealth", "vanderbilt"), "annual-spine-visits", false)) {
        trial.screen(DEMO_STUDY, seed, siteCount, patients);
      }
      clinics("IMPACT-LBP", 22, List.of("duke", "dartmouth", "iowa"), "annual-low-back-pain-visits", true);
      if (protocols.protocols().stream().anyMatch(p -> ProtocolService.studyCodeOf(p).equals(DEMO_STUDY))) {
        users.create("", DEMO_STUDY, sites.of(DEMO_STUDY).stream().limit(2).map(Site::code).toList());
      }
    } catch (RuntimeException e) {
      // The demo is a convenience: its failure must not keep the application from starting.
      LOG.log(Level.SEVERE, "The demo data could not be loaded completely; the application starts without the rest", e);
    }
  }

  private boolean clinics(String study, int count, List<String> systems, String volume, boolean clinicType) {
    return protocols.protocols().stream().anyMatch(p -> ProtocolService.studyCodeOf(p).equals(study))
        && trial.clinics(study, count, systems, volume, clinicType);
  }
}
