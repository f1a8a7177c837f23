package org.pragma.protocol;

import org.pragma.security.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.Score;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * The protocols in force. Loaded at start-up and re-validated on demand; each valid study gets its
 * {@link Study} row, and each new content of its files becomes a recorded {@link ProtocolVersion}
 * (an amendment after the first). A study with any error is not loaded at all. Start-up loading
 * runs as the system principal in the admin role.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
@RunAs(Roles.ADMIN)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class ProtocolService {
  private static final Logger LOG = Logger.getLogger(ProtocolService.class.getName());

  @Inject
  @ConfigProperty(name = "pragma.protocols.dir")
  Optional<String> folder;

  @EJB StudyService studies;
  @Inject ProtocolVersions versions;
  @Inject Clock clock;

  private volatile ProtocolSet current;

  @PostConstruct
  void loadAtStartup() {
    reload();
  }

  /** Reads and validates the protocols again, records new versions, and reports what it found. */
  @Lock(LockType.WRITE)
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  public ProtocolReport reload() {
    String source = ProtocolSource.describe(folder);
    ProtocolSet set = ProtocolSource.read(folder);
    List<ProtocolReport.LoadedStudy> loaded = new ArrayList<>();
    for (StudyProtocol protocol : set.studies()) {
      loaded.add(record(protocol, source));
    }
    current = set;
    LOG.info(() -> "Protocols from " + source + ": " + loaded.size() + " studies loaded, " + set.errors().size() + " errors");
    set.errors().forEach(e -> LOG.warning(() -> "Protocol error " + e));
    return new ProtocolReport(source, loaded, set.errors());
  }

  private ProtocolReport.LoadedStudy record(StudyProtocol protocol, String source) {
    Study study = studies.ensure(studyCodeOf(protocol), protocol.title(), protocol.registryId());
    Optional<ProtocolVersion> latest = versions.latest(study);
    if (latest.isPresent() && latest.get().contentHash().equals(protocol.contentHash())) {
      return ProtocolReport.LoadedStudy.of(study, latest.get(), false);
    }
    int sequence = latest.map(v -> v.sequence() + 1).orElse(1);
    ProtocolVersion version = new ProtocolVersion(study, sequence, protocol, source, clock.instant());
    versions.add(version);
    LOG.info(() -> "Study " + study.code() + " protocol version " + sequence + " (" + protocol.version() + ") recorded");
    return ProtocolReport.LoadedStudy.of(study, version, true);
  }

  /** Study codes are the protocol folder's code in upper case: {@code spine-care} is study SPINE-CARE. */
  public static String studyCodeOf(StudyProtocol protocol) {
    return protocol.code().toUpperCase(Locale.ROOT);
  }

  /**
   * The protocol in force for a study the caller works on (a coordinator of one of its sites, an
   * investigator of it, the all-site roles); "study not found" for anyone else. What pages and the
   * API show; {@link #protocol} is for services that have already checked the study.
   */
  public StudyProtocol visibleProtocol(String studyCode) {
    studies.byCode(studyCode.toUpperCase(Locale.ROOT));
    return protocol(studyCode);
  }

  /** The protocol in force for a study, for services (no scope check: see {@link #visibleProtocol}). */
  public StudyProtocol protocol(String studyCode) {
    return current.studies().stream()
        .filter(p -> studyCodeOf(p).equalsIgnoreCase(studyCode))
        .findFirst()
        .orElseThrow(() -> new ProtocolNotLoadedException(studyCode));
  }

  /** Every loaded study's protocol, by code. */
  public List<StudyProtocol> protocols() {
    return current.studies();
  }

  /**
   * The outcome of the last load of every study folder, for the roles that set studies up or see all of
   * them; coordinators and investigators read their own studies' protocols through {@link #visibleProtocol}.
   */
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER})
  public ProtocolSet loadReport() {
    return current;
  }

  /** The outcome of the last load, study folder by study folder, with every error (for services). */
  public ProtocolSet lastLoad() {
    return current;
  }

  /** The recorded versions of a study's protocol, oldest first. */
  public List<ProtocolVersion> versions(String studyCode) {
    return versions.of(studies.byCode(studyCode.toUpperCase(Locale.ROOT)));
  }

  /** Validates an uploaded zip of study folders against the instruments in force; stores nothing. */
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  public List<StudyLoad> validate(InputStream zip) {
    return new ProtocolLoader(current.instruments()).loadZip(zip);
  }

  public List<Instrument> instruments() {
    return current.instruments().all();
  }

  public Instrument instrument(String code) {
    return current.instruments().get(code);
  }

  /** Scores one response with the instrument's published rules; the same code forms and exports use. */
  public Score score(String instrumentCode, Map<String, ?> items) {
    return current.instruments().score(instrumentCode, items);
  }
}
