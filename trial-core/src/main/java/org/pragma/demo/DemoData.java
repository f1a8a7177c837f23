package org.pragma.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.study.NewStudy;
import org.pragma.study.StudyService;

/**
 * Registers the two motivating trials on an empty database when demo data is switched on, so a
 * first run has something to show. It never touches a database that already holds studies.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
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
