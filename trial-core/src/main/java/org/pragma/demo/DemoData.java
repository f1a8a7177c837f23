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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.platform.LoaderClock;
import org.pragma.protocol.ProtocolService;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;

/**
 * The demo, when {@code pragma.demo.data} is true: on a study without sites, registers invented
 * clinics for the two shipped studies (33 for SPINE CARE, 22 for IMPACt-LBP, as in the trials); for
 * SPINE CARE creates one demo user per role ({@link DemoUsers}) and plays two years of the trial
 * through the real services ({@link DemoTrial#play}): randomization, screening, enrollment,
 * follow-up, exits and claims. Clinics, covariates and patients are made up, from a
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
      if (protocols.protocols().stream().anyMatch(p -> ProtocolService.studyCodeOf(p).equals(DEMO_STUDY))) {
        spineCare();
      }
      clinics("IMPACT-LBP", 22, List.of("duke", "dartmouth", "iowa"), "annual-low-back-pain-visits", true);
    } catch (RuntimeException e) {
      // The demo is a convenience: its failure must not keep the application from starting.
      LOG.log(Level.SEVERE, "The demo data could not be loaded completely; the application starts without the rest", e);
    }
  }

  /**
   * SPINE CARE's story: on its first day (replayed) the clinics are registered and the demo users
   * created; then {@link DemoTrial#play} plays the two years. Only on a study without clinics.
   */
  private void spineCare() {
    long start = System.nanoTime();
    LocalDate setup = trial.setupDay(DEMO_STUDY);
    boolean fresh;
    List<DemoUsers.Created> created;
    try (LoaderClock.Replay replay = LoaderClock.replay(DemoTrial.at(setup, 8, 0, protocols.protocol(DEMO_STUDY).timeZone()))) {
      fresh = clinics(DEMO_STUDY, siteCount, List.of("honorhealth", "vanderbilt"), "annual-spine-visits", false);
      created = users.create("", DEMO_STUDY, sites.of(DEMO_STUDY).stream().limit(2).map(Site::code).toList());
    }
    if (!fresh) {
      return;
    }
    Optional<String> password = created.stream().filter(c -> c.username().equals(DemoRandomization.STATISTICIAN))
        .map(DemoUsers.Created::password).findFirst();
    if (password.isEmpty()) {
      LOG.warning(() -> "The demo trial is not played: account " + DemoRandomization.STATISTICIAN
          + " existed already, so the loader does not know the password to sign the randomization with");
      return;
    }
    DemoTrial.Loaded loaded = trial.play(DEMO_STUDY, seed, siteCount, patients, password.get());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    LOG.warning(() -> String.format("%n%n  Demo trial SPINE-CARE (synthetic) loaded in %d s: %d clinics randomized, %d patients screened,"
        + " %d enrolled from %s to %s, %d follow-up visits, %d withdrawals/losses/deaths, %d claim lines.%n", seconds, loaded.sites(),
        loaded.screened(), loaded.enrolled(), loaded.from(), loaded.to(), loaded.visits(), loaded.exits(), loaded.claimLines()));
  }

  private boolean clinics(String study, int count, List<String> systems, String volume, boolean clinicType) {
    return protocols.protocols().stream().anyMatch(p -> ProtocolService.studyCodeOf(p).equals(study))
        && trial.clinics(study, count, systems, volume, clinicType);
  }
}
