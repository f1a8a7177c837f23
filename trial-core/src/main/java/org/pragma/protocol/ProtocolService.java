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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.instrument.Score;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.study.Studies;

/**
 * The protocols in force. Loaded at start-up and re-validated on demand; each valid study gets its
 * {@link Study} row, and each new content of its files becomes a recorded {@link ProtocolVersion}
 * (an amendment after the first) that keeps those files. A study whose files have any error is not
 * loaded from them: the version in force before (in memory, or at start-up the latest recorded one)
 * stays in force and the errors are reported, study by study. Start-up loading runs as the system
 * principal in the admin role. Servers sharing one database record versions one at a time (each load
 * holds the recording lock), and a study another server loaded is served from its recorded version.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoStudy"})
@Lock(LockType.READ)
@RunAs(Roles.ADMIN)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class ProtocolService {
  private static final Logger LOG = Logger.getLogger(ProtocolService.class.getName());

  @Inject
  @ConfigProperty(name = "pragma.protocols.dir")
  Optional<String> folder;

  @EJB StudyService studies;
  @Inject Studies studyRows;
  @Inject ProtocolVersions versions;
  @Inject Clock clock;

  private volatile ProtocolSet current;
  private final Map<String, StudyProtocol> byHash = new ConcurrentHashMap<>();

  @PostConstruct
  void loadAtStartup() {
    reload();
  }

  /** Reads and validates the protocols again, records new versions, and reports what it found. */
  @Lock(LockType.WRITE)
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  public ProtocolReport reload() {
    String source = ProtocolSource.describe(folder);
    ProtocolSet read = ProtocolSource.read(folder);
    versions.lockForRecording();
    List<ProtocolReport.LoadedStudy> loaded = new ArrayList<>();
    for (StudyProtocol protocol : read.studies()) {
      loaded.add(record(protocol, source));
    }
    List<ProtocolReport.KeptStudy> kept = new ArrayList<>();
    ProtocolSet set = keepingVersionsInForce(read, kept);
    current = set;
    LOG.info(() -> "Protocols from " + source + ": " + loaded.size() + " studies loaded, " + kept.size()
        + " kept at the version in force, " + set.errors().size() + " errors");
    set.errors().forEach(e -> LOG.warning(() -> "Protocol error " + e));
    return new ProtocolReport(source, loaded, kept, set.errors());
  }

  /**
   * The set read, except that each study folder with errors keeps the protocol in force before (in
   * memory, or the latest recorded version's files at start-up): an amendment with an error never
   * unloads a running study. Other studies' valid amendments load as usual.
   */
  private ProtocolSet keepingVersionsInForce(ProtocolSet read, List<ProtocolReport.KeptStudy> kept) {
    List<StudyProtocol> studies = new ArrayList<>(read.studies());
    List<StudyLoad> loads = new ArrayList<>();
    Map<String, Instrument> instruments = new LinkedHashMap<>();
    read.instruments().all().forEach(i -> instruments.put(i.code(), i));
    for (StudyLoad load : read.loads()) {
      Optional<StudyProtocol> previous = load instanceof StudyLoad.Rejected rejected
          ? inForceBefore(rejected.folder()).filter(p -> studies.stream().noneMatch(s -> s.code().equals(p.code())))
          : Optional.empty();
      if (previous.isPresent()) {
        StudyProtocol inForce = previous.get();
        studies.add(inForce);
        inForce.instruments().values().forEach(i -> instruments.putIfAbsent(i.code(), i));
        loads.add(new StudyLoad.Kept(load.folder(), ((StudyLoad.Rejected) load).errors(), inForce));
        kept.add(new ProtocolReport.KeptStudy(studyCodeOf(inForce), inForce.version(), inForce.contentHash(),
            "The changed files of " + studyCodeOf(inForce) + " have errors and were not loaded; protocol " + inForce.version()
                + " stays in force until they are corrected."));
        LOG.warning(() -> "Study " + studyCodeOf(inForce) + ": amendment refused, protocol " + inForce.version() + " stays in force");
      } else {
        loads.add(load);
      }
    }
    return new ProtocolSet(InstrumentCatalog.of(instruments.values()), studies, loads, read.errors());
  }

  /** The protocol of a study folder that was in force before this load, if any. */
  private Optional<StudyProtocol> inForceBefore(String studyFolder) {
    String code = studyFolder.toUpperCase(Locale.ROOT);
    if (current != null) {
      Optional<StudyProtocol> loaded = current.studies().stream().filter(p -> studyCodeOf(p).equals(code)).findFirst();
      if (loaded.isPresent()) {
        return loaded;
      }
    }
    return studyRows.byCode(code).flatMap(versions::latest).filter(ProtocolVersion::hasFiles).flatMap(this::rebuild);
  }

  private Optional<StudyProtocol> rebuild(ProtocolVersion version) {
    StudyLoad load = ProtocolLoader.rebuild(version.files());
    if (load instanceof StudyLoad.Loaded loaded && loaded.protocol().contentHash().equals(version.contentHash())) {
      return Optional.of(loaded.protocol());
    }
    LOG.warning(() -> "Protocol version " + version.sequence() + " of " + version.study().code() + " cannot be rebuilt from its files: "
        + (load instanceof StudyLoad.Rejected r ? r.errors() : "its content hash differs"));
    return Optional.empty();
  }

  private ProtocolReport.LoadedStudy record(StudyProtocol protocol, String source) {
    Study study = studies.ensure(studyCodeOf(protocol), protocol.title(), protocol.registryId());
    Optional<ProtocolVersion> latest = versions.latest(study);
    if (latest.isPresent() && latest.get().contentHash().equals(protocol.contentHash())) {
      // The stored rows decide, not the loaded object: after hundreds of versions recorded in one server's life a
      // version recorded with its files was seen here without them, and keeping them again failed every reload.
      if (!latest.get().hasFiles() && !protocol.files().isEmpty() && !versions.hasStoredFiles(latest.get())) {
        latest.get().keepFilesOf(protocol);
      }
      return ProtocolReport.LoadedStudy.of(study, latest.get(), false);
    }
    int sequence = latest.map(v -> v.sequence() + 1).orElse(1);
    ProtocolVersion version = new ProtocolVersion(study, sequence, protocol, source, clock.instant());
    versions.add(version);
    LOG.info(() -> "Study " + study.code() + " protocol version " + sequence + " (" + protocol.version() + ") recorded");
    return ProtocolReport.LoadedStudy.of(study, version, true);
  }

  /**
   * The study of code {@code studyCode} as the protocol files define it now (read, not loaded), for
   * registering it before the first load ({@code folder} as {@code pragma.protocols.dir}).
   */
  public static Optional<StudyProtocol> inFiles(Optional<String> folder, String studyCode) {
    return ProtocolSource.read(folder).studies().stream().filter(p -> studyCodeOf(p).equals(studyCode)).findFirst();
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
        .or(() -> loadedByAnotherServer(studyCode))
        .orElseThrow(() -> new ProtocolNotLoadedException(studyCode));
  }

  /**
   * A study that another server sharing the database loaded after this one last read its folder (a
   * reload runs on one server only): its latest recorded version, rebuilt from the kept files once.
   */
  private Optional<StudyProtocol> loadedByAnotherServer(String studyCode) {
    return studyRows.byCode(studyCode.toUpperCase(Locale.ROOT)).flatMap(versions::latest).filter(ProtocolVersion::hasFiles)
        .flatMap(v -> Optional.ofNullable(byHash.get(v.contentHash())).or(() -> rebuild(v).map(p -> {
          byHash.put(v.contentHash(), p);
          return p;
        })));
  }

  /**
   * The protocol of a recorded version, exactly as it was loaded: the one in force when the hash is the
   * same, otherwise rebuilt from the version's kept files (once; then cached by content hash). This is
   * what a patient on that version follows: their visits and the instruments collected at each.
   *
   * @throws ProtocolVersionUnavailableException when the version's files were not kept (recorded
   *     before Pragma kept them) or are no longer valid
   */
  public StudyProtocol protocolOf(ProtocolVersion version) {
    for (StudyProtocol p : current.studies()) {
      if (p.contentHash().equals(version.contentHash())) {
        return p;
      }
    }
    StudyProtocol cached = byHash.get(version.contentHash());
    if (cached != null) {
      return cached;
    }
    ProtocolVersion stored = Optional.ofNullable(version.id()).flatMap(versions::byId).orElse(version);
    if (!stored.hasFiles()) {
      throw new ProtocolVersionUnavailableException(stored, "was recorded before Pragma kept protocol files and is no longer"
          + " the one loaded; put its files back in the protocols folder and reload to use it");
    }
    StudyProtocol rebuilt = rebuild(stored).orElseThrow(() -> new ProtocolVersionUnavailableException(stored,
        "cannot be rebuilt from its kept files with this version of Pragma; see the server log"));
    byHash.put(version.contentHash(), rebuilt);
    return rebuilt;
  }

  /** The latest recorded version of a study's protocol: the one in force, and the one new patients are enrolled under. */
  public ProtocolVersion versionInForce(String studyCode) {
    String code = studyCode.toUpperCase(Locale.ROOT);
    return versions.latest(studies.byCode(code)).orElseThrow(() -> new ProtocolNotLoadedException(code));
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
