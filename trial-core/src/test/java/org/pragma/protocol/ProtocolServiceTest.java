package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pragma.study.Studies;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * The protocols in force across reloads and restarts, without a server: studies and versions are kept
 * in memory the way the database keeps them. A study whose files break keeps the version in force,
 * in memory or, after a restart, rebuilt from the latest recorded version's files.
 */
class ProtocolServiceTest {

  @TempDir Path root;

  private final Map<String, Study> studyRows = new HashMap<>();
  private final List<ProtocolVersion> versions = new ArrayList<>();
  /** What the servers did with the versions, in order ("add", or "add without the lock"). */
  private final List<String> events = new ArrayList<>();
  private boolean locked;

  @BeforeEach
  void copyShippedProtocols() throws Exception {
    try (var paths = Files.walk(ShippedProtocolsTest.ROOT)) {
      for (Path p : paths.toList()) {
        Path target = root.resolve(ShippedProtocolsTest.ROOT.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** A server (re)started on the same database: a new service over the same studies and versions. */
  private ProtocolService server() {
    locked = false;
    ProtocolService service = new ProtocolService();
    service.folder = Optional.of(root.toString());
    service.clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    service.studyRows = new Studies() {
      @Override
      public Optional<Study> byCode(String code) {
        return Optional.ofNullable(studyRows.get(code));
      }

      @Override
      public List<Study> all() {
        return List.copyOf(studyRows.values());
      }

      @Override
      public void add(Study study) {
        studyRows.put(study.code(), study);
      }
    };
    service.studies = new StudyService() {
      @Override
      public Study ensure(String code, String title, String registryId) {
        return studyRows.computeIfAbsent(code, c -> new Study() {
          @Override
          public String code() {
            return c;
          }
        });
      }

      @Override
      public Study byCode(String code) {
        return studyRows.get(code);
      }
    };
    service.versions = new ProtocolVersions() {
      @Override
      public List<ProtocolVersion> of(Study study) {
        return versions.stream().filter(v -> v.study() == study).toList();
      }

      @Override
      public Optional<ProtocolVersion> latest(Study study) {
        List<ProtocolVersion> all = of(study);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
      }

      @Override
      public void add(ProtocolVersion version) {
        events.add(locked ? "add" : "add without the lock");
        versions.add(version);
      }

      @Override
      public void lockForRecording() {
        locked = true;
      }

      @Override
      public Optional<ProtocolVersion> byId(long id) {
        return Optional.empty();
      }

      @Override
      public boolean hasStoredFiles(ProtocolVersion version) {
        return version.hasFiles();
      }
    };
    service.loadAtStartup();
    return service;
  }

  private void edit(String file, String from, String to) throws Exception {
    Path path = root.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void anAmendmentWithAnErrorKeepsTheAmendedVersionInForceAndOtherStudiesStillLoad() throws Exception {
    ProtocolService server = server();
    edit("spine-care/arms/usual-care.yaml", "targetDay: 91", "targetDay: 98");
    edit("impact-lbp/study.yaml", "\nsponsor:", "\n# amendment 1\nsponsor:");
    server.reload();
    String amended = server.protocol("SPINE-CARE").contentHash();

    edit("spine-care/study.yaml", "\nsponsor:", "\nsponsr:");
    edit("impact-lbp/study.yaml", "# amendment 1", "# amendment 2");
    ProtocolReport report = server.reload();

    assertThat(server.protocol("SPINE-CARE").contentHash()).isEqualTo(amended);
    assertThat(server.protocol("SPINE-CARE").arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow()
        .targetDay()).isEqualTo(98);
    assertThat(report.kept()).singleElement().satisfies(k -> {
      assertThat(k.study()).isEqualTo("SPINE-CARE");
      assertThat(k.contentHash()).isEqualTo(amended);
    });
    assertThat(report.errors()).anyMatch(e -> e.file().equals("spine-care/study.yaml") && e.message().contains("sponsr"));
    assertThat(report.studies()).anyMatch(s -> s.study().equals("IMPACT-LBP") && s.newVersion() && s.versionSequence() == 3);
    assertThat(versions).filteredOn(v -> v.study().code().equals("SPINE-CARE")).hasSize(2);
    assertThat(server.lastLoad().loads()).anyMatch(l -> l instanceof StudyLoad.Kept k && k.folder().equals("spine-care"));
    assertThat(server.instrument("SBST").code()).isEqualTo("SBST");
  }

  @Test
  void afterARestartAStudyWithErrorsIsServedFromItsLatestRecordedVersion() throws Exception {
    server();
    edit("spine-care/arms/usual-care.yaml", "targetDay: 91", "targetDay: 98");
    server().reload();
    ProtocolVersion latest = versions.get(versions.size() - 1);
    edit("spine-care/arms/ice.yaml", "\nrole: ", "\ncolour: red\nrole: ");

    ProtocolService restarted = server();

    assertThat(restarted.protocol("SPINE-CARE").contentHash()).isEqualTo(latest.contentHash());
    assertThat(restarted.protocol("SPINE-CARE").arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow()
        .targetDay()).isEqualTo(98);
    assertThat(restarted.lastLoad().errors()).anyMatch(e -> e.file().equals("spine-care/arms/ice.yaml"));
  }

  @Test
  void aPatientsVersionIsRebuiltFromItsFilesAndAVersionWithoutFilesIsUnavailable() throws Exception {
    ProtocolService server = server();
    ProtocolVersion first = versions.stream().filter(v -> v.study().code().equals("SPINE-CARE")).findFirst().orElseThrow();
    edit("spine-care/arms/usual-care.yaml", "targetDay: 91", "targetDay: 98");
    server.reload();

    StudyProtocol original = server.protocolOf(first);

    assertThat(original.contentHash()).isEqualTo(first.contentHash()).isNotEqualTo(server.protocol("SPINE-CARE").contentHash());
    assertThat(original.arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow().targetDay()).isEqualTo(91);
    assertThat(server.protocolOf(first)).isSameAs(original);

    ProtocolVersion legacy = new ProtocolVersion(first.study(), 9, withoutFiles(original), "before V17", Instant.EPOCH);
    assertThatThrownBy(() -> server.protocolOf(legacy)).isInstanceOf(ProtocolVersionUnavailableException.class)
        .hasMessageContaining("recorded before Pragma kept protocol files");
  }

  @Test
  void twoServersOnOneDatabaseRecordVersionsOnlyHoldingTheRecordingLock() {
    server();
    server();

    assertThat(events).isNotEmpty().containsOnly("add");
  }

  @Test
  void aStudyAnotherServerLoadedIsServedByThisOneFromItsRecordedVersion() throws Exception {
    Path aside = Files.move(root.resolve("spine-care"), root.getParent().resolve(root.getFileName() + "-spine-care"));
    ProtocolService a = server();
    ProtocolService b = server();
    Files.move(aside, root.resolve("spine-care"));

    a.reload();

    assertThat(b.protocol("SPINE-CARE").contentHash()).isEqualTo(a.protocol("SPINE-CARE").contentHash());
    assertThat(b.protocol("spine-care")).isSameAs(b.protocol("SPINE-CARE"));
    assertThatThrownBy(() -> b.protocol("NO-SUCH-STUDY")).isInstanceOf(ProtocolNotLoadedException.class);
  }

  private static StudyProtocol withoutFiles(StudyProtocol p) {
    return new StudyProtocol(p.code(), p.version(), "0".repeat(64), p.title(), p.shortTitle(), p.registryId(), p.sponsor(),
        p.timeZone(), p.unitOfRandomization(), p.arms(), p.allocation(), p.randomization(), p.eligibility(), p.consent(),
        p.baselineInstruments(), p.enrollment(), p.studyIdFormat(), p.outcomes(), p.spending(), p.instruments(), Map.of());
  }
}
