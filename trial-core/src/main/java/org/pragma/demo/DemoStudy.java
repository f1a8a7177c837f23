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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.platform.LoaderClock;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyProtocol;
import org.pragma.security.Roles;
import org.pragma.study.StudyService;

/**
 * With the demo on and a database that does not know SPINE CARE yet, registers the study as the
 * demo's story has it: two years and three weeks ago ({@link DemoPlan#setupDay}), replayed on the
 * {@link LoaderClock}, before the protocols are first loaded (which then find it registered). The
 * screening service accepts screenings from a year before a study's registration only, so a demo
 * study registered today could not hold two years of trial.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStudy {
  private static final Logger LOG = Logger.getLogger(DemoStudy.class.getName());

  @Inject
  @ConfigProperty(name = "pragma.demo.data", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "pragma.protocols.dir")
  Optional<String> folder;

  @EJB StudyService studies;
  @Inject Clock clock;

  @PostConstruct
  void register() {
    if (!enabled) {
      return;
    }
    try {
      Optional<StudyProtocol> protocol = ProtocolService.inFiles(folder, DemoData.DEMO_STUDY);
      if (protocol.isEmpty() || studies.all().stream().anyMatch(s -> s.code().equals(DemoData.DEMO_STUDY))) {
        return;
      }
      StudyProtocol p = protocol.get();
      LocalDate setup = DemoPlan.setupDay(LocalDate.now(clock.withZone(p.timeZone())));
      try (LoaderClock.Replay replay = LoaderClock.replay(DemoTrial.at(setup, 8, 0, p.timeZone()))) {
        studies.ensure(DemoData.DEMO_STUDY, p.title(), p.registryId());
      }
      LOG.info(() -> "Demo: study " + DemoData.DEMO_STUDY + " registered as on " + setup + " (synthetic history)");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The demo study could not be registered ahead; the protocols load as usual", e);
    }
  }
}
