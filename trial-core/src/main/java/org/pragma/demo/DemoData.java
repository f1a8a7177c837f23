package org.pragma.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.security.Roles;
import org.pragma.study.NewStudy;
import org.pragma.study.StudyService;

/**
 * Registers the two motivating trials on an empty database when demo data is switched on, so a
 * first run has something to show. It never touches a database that already holds studies. It
 * runs as the system principal in the admin role (mapped in the EAR's glassfish-application.xml).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "FirstAdmin"})
@RunAs(Roles.ADMIN)
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "pragma.demo.data", defaultValue = "false")
  boolean enabled;

  @EJB StudyService studies;

  @PostConstruct
  void load() {
    if (!enabled || !studies.all().isEmpty()) {
      return;
    }
    studies.register(
        new NewStudy(
            "SPINE-CARE",
            "Spine Pain Intervention to Enhance Care Quality And Reduce Expenditure",
            "NCT03083886"));
    studies.register(
        new NewStudy(
            "IMPACT-LBP",
            "Implementation of the American College of Physicians Guideline for Low Back Pain",
            "NCT05626049"));
    LOG.info("Loaded demo studies SPINE-CARE and IMPACT-LBP");
  }
}
