package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolSourceTest {
  @Test
  void shippedProtocolsLoadBothStudiesFromTheZipInsideTheApplication() {
    ProtocolSet set = ProtocolSource.read(Optional.empty());

    assertThat(set.errors()).isEmpty();
    assertThat(set.studies()).extracting(ProtocolService::studyCodeOf).containsExactly("IMPACT-LBP", "SPINE-CARE");
    assertThat(set.instruments().contains("ODI")).isTrue();
  }

  @Test
  void shippedZipHasTheSameContentHashAsTheRepositoryFolder() {
    ProtocolSet shipped = ProtocolSource.read(Optional.empty());
    ProtocolSet folder = ProtocolSource.read(Optional.of(Path.of("../protocols").toString()));

    assertThat(shipped.studies()).extracting(StudyProtocol::contentHash)
        .containsExactlyElementsOf(folder.studies().stream().map(StudyProtocol::contentHash).toList());
  }

  @Test
  void aConfiguredFolderThatDoesNotExistIsOneClearErrorAndNoStudy() {
    ProtocolSet set = ProtocolSource.read(Optional.of("/no/such/folder"));

    assertThat(set.studies()).isEmpty();
    assertThat(set.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("/no/such/folder");
      assertThat(e.message()).contains("is not a folder");
      assertThat(e.hint()).contains("PRAGMA_PROTOCOLS_DIR");
    });
  }
}
