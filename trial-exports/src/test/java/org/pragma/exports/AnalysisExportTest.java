package org.pragma.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisExportTest {
  @TempDir Path temp;

  static byte[] export(Path work, Set<Format> formats) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (AnalysisExport export = AnalysisExport.start(work, formats, Fixtures.SNAPSHOT)) {
      try (RowSink patients = export.dataset(Fixtures.PATIENTS)) {
        for (Object[] row : Fixtures.ROWS) {
          patients.row(row);
        }
      }
      export.finish(Fixtures.FACTS, zip);
    }
    return zip.toByteArray();
  }

  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  @Test
  void oneZipHoldsDatasetsWorkbookCodebookScriptsAndManifestInAFixedOrder() throws IOException {
    Map<String, byte[]> entries = entries(export(temp.resolve("a"), EnumSet.allOf(Format.class)));
    assertThat(entries.keySet())
        .containsExactly("patients.csv", "datasets.xlsx", "codebook.csv", "import.R", "import.do", "import.sas", "manifest.json");
    assertThat(new String(entries.get("codebook.csv"), StandardCharsets.UTF_8))
        .startsWith("dataset,variable,label,type,units,decimals,values,derivation,missing\r\n")
        .contains("patients,age,Age at enrollment,integer,years,0,,90+ top-coded as 90,never missing\r\n");
    assertThat(temp.resolve("a")).doesNotExist();
  }

  @Test
  void theManifestListsRowsFiltersVersionsAndTheSha256OfEveryOtherFile() throws Exception {
    Map<String, byte[]> entries = entries(export(temp.resolve("a"), EnumSet.allOf(Format.class)));
    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest)
        .contains("\"snapshot\": \"2026-10-15T01:00:00Z\"")
        .contains("\"dates\": \"relative\"")
        .contains("\"filters\": {\"sites\": \"all\"}")
        .contains("\"protocolVersions\": {\"1.0\": 5}")
        .contains("{\"name\": \"patients\", \"rows\": 5, \"variables\": 7");
    List<String> named = new ArrayList<>(entries.keySet());
    named.remove("manifest.json");
    for (String name : named) {
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(name)));
      assertThat(manifest).contains("{\"name\": \"" + name + "\", \"bytes\": " + entries.get(name).length
          + ", \"sha256\": \"" + sha + "\"}");
    }
  }

  @Test
  void theSameDataExportedTwiceIsByteIdentical() throws Exception {
    byte[] first = export(temp.resolve("a"), EnumSet.allOf(Format.class));
    Thread.sleep(2100);
    assertThat(export(temp.resolve("b"), EnumSet.allOf(Format.class))).isEqualTo(first);
  }

  @Test
  void differentDataGivesADifferentZip() throws Exception {
    byte[] first = export(temp.resolve("a"), EnumSet.of(Format.CSV));
    Object saved = Fixtures.ROWS[0][2];
    Fixtures.ROWS[0][2] = 55;
    try {
      assertThat(export(temp.resolve("b"), EnumSet.of(Format.CSV))).isNotEqualTo(first);
    } finally {
      Fixtures.ROWS[0][2] = saved;
    }
  }

  @Test
  void anXlsxOnlyExportHasNoCsvScripts() throws IOException {
    assertThat(entries(export(temp.resolve("a"), EnumSet.of(Format.XLSX))).keySet())
        .containsExactly("datasets.xlsx", "codebook.csv", "manifest.json");
    assertThat(Files.exists(temp.resolve("a"))).isFalse();
  }
}
