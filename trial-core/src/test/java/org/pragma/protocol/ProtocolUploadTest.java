package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded protocol zip is validated like a folder; a zip file system path works as well. */
class ProtocolUploadTest {

  private final ProtocolLoader loader = new ProtocolLoader(StudyFixture.CATALOG);

  private static byte[] zip(StudyFixture fixture, String prefix) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : fixture.files.entrySet()) {
        zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void loadsAValidStudyFromAZipUpload() throws IOException {
    var loads = loader.loadZip(new ByteArrayInputStream(zip(StudyFixture.spineCare(), "spine-care/")));

    assertThat(loads).singleElement().isInstanceOf(StudyLoad.Loaded.class);
  }

  @Test
  void reportsErrorsOfABadUploadWithFileNamesFromTheZip() throws IOException {
    StudyFixture bad = StudyFixture.spineCare().replace("arms/ice.yaml", "targetDay: 91", "targetDay: -1");

    var loads = loader.loadZip(new ByteArrayInputStream(zip(bad, "spine-care/")));

    assertThat(loads).singleElement().isInstanceOfSatisfying(StudyLoad.Rejected.class, r ->
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("spine-care/arms/ice.yaml")));
  }

  @Test
  void refusesSomethingThatIsNotAZipOfAStudy() {
    assertThatThrownBy(() -> loader.loadZip(new ByteArrayInputStream("not a zip".getBytes())))
        .isInstanceOf(ProtocolUploadException.class);
  }

  @Test
  void loadsFromAZipFileSystemPath(@TempDir Path dir) throws IOException {
    Path zipFile = dir.resolve("upload.zip");
    Files.write(zipFile, zip(StudyFixture.spineCare(), "spine-care/"));
    try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zipFile.toUri()), Map.of())) {
      assertThat(loader.loadStudy(fs.getPath("/spine-care"))).isInstanceOf(StudyLoad.Loaded.class);
    }
  }

  @Test
  void aChangedFileChangesTheContentHash() {
    StudyProtocol original = ((StudyLoad.Loaded) StudyFixture.spineCare().load()).protocol();
    StudyLoad amended = StudyFixture.spineCare()
        .replace("study.yaml", "perSiteTarget: 95", "perSiteTarget: 96").load();

    assertThat(((StudyLoad.Loaded) amended).protocol().contentHash()).isNotEqualTo(original.contentHash());
  }
}
