package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A protocol version keeps the files it was loaded from; rebuilding from them gives the same protocol
 * (same hash, same schedules, same instruments), even when the folder has since been amended.
 */
class ProtocolRebuildTest {

  private static final ProtocolSet SHIPPED = ProtocolLoader.loadRoot(ShippedProtocolsTest.ROOT);

  @Test
  void aLoadedProtocolCarriesItsStudyArmAndInstrumentFiles() throws Exception {
    StudyProtocol spineCare = SHIPPED.study("spine-care").orElseThrow();

    assertThat(spineCare.files()).containsOnlyKeys("spine-care/study.yaml", "spine-care/arms/ice.yaml",
        "spine-care/arms/ipt.yaml", "spine-care/arms/usual-care.yaml", "instruments/NDI.yaml", "instruments/NPRS.yaml",
        "instruments/ODI.yaml", "instruments/SBST.yaml");
    assertThat(spineCare.files().get("instruments/ODI.yaml"))
        .isEqualTo(Files.readString(ShippedProtocolsTest.ROOT.resolve("instruments/ODI.yaml")));
    assertThat(spineCare.files().get("spine-care/arms/ice.yaml"))
        .isEqualTo(Files.readString(ShippedProtocolsTest.ROOT.resolve("spine-care/arms/ice.yaml")));
  }

  @Test
  void rebuildingFromTheKeptFilesGivesTheSameProtocol() {
    for (StudyProtocol original : SHIPPED.studies()) {
      StudyLoad load = ProtocolLoader.rebuild(original.files());

      assertThat(load).isInstanceOfSatisfying(StudyLoad.Loaded.class, l -> {
        StudyProtocol rebuilt = l.protocol();
        assertThat(rebuilt.contentHash()).isEqualTo(original.contentHash());
        assertThat(rebuilt.arms()).isEqualTo(original.arms());
        assertThat(rebuilt.baselineInstruments()).isEqualTo(original.baselineInstruments());
        assertThat(rebuilt.instruments().keySet()).isEqualTo(original.instruments().keySet());
        rebuilt.instruments().forEach((code, i) ->
            assertThat(i.contentHash()).isEqualTo(original.instruments().get(code).contentHash()));
        assertThat(rebuilt.files()).isEqualTo(original.files());
      });
    }
  }

  @Test
  void anAmendedFolderDoesNotChangeWhatAnOlderVersionRebuildsTo(@org.junit.jupiter.api.io.TempDir Path root)
      throws Exception {
    copy(ShippedProtocolsTest.ROOT, root);
    StudyProtocol v1 = ProtocolLoader.loadRoot(root).study("spine-care").orElseThrow();
    Path arm = root.resolve("spine-care/arms/usual-care.yaml");
    Files.writeString(arm, Files.readString(arm).replace("targetDay: 91", "targetDay: 98"));
    Path odi = root.resolve("instruments/ODI.yaml");
    Files.writeString(odi, Files.readString(odi) + "\n# amended\n");
    StudyProtocol v2 = ProtocolLoader.loadRoot(root).study("spine-care").orElseThrow();

    StudyProtocol rebuilt = ((StudyLoad.Loaded) ProtocolLoader.rebuild(v1.files())).protocol();

    assertThat(v2.contentHash()).isNotEqualTo(v1.contentHash());
    assertThat(v2.arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow().targetDay()).isEqualTo(98);
    assertThat(rebuilt.contentHash()).isEqualTo(v1.contentHash());
    assertThat(rebuilt.arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow().targetDay()).isEqualTo(91);
    assertThat(rebuilt.instruments().get("ODI").contentHash()).isEqualTo(v1.instruments().get("ODI").contentHash())
        .isNotEqualTo(v2.instruments().get("ODI").contentHash());
  }

  @Test
  void keptFilesThatNoLongerValidateAreRejectedNotLoaded() {
    Map<String, String> files = new TreeMap<>(SHIPPED.study("spine-care").orElseThrow().files());
    files.put("spine-care/study.yaml", files.get("spine-care/study.yaml").replaceFirst("\nsponsor:", "\nsponsr:"));

    assertThat(ProtocolLoader.rebuild(files)).isInstanceOf(StudyLoad.Rejected.class);
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
