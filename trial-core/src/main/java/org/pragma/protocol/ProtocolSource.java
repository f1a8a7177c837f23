package org.pragma.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;

/**
 * Where the server's protocols come from: the folder named by {@code pragma.protocols.dir}, or the
 * {@code protocols/} folder shipped inside the application (as a zip built from the repository).
 */
final class ProtocolSource {
  static final String SHIPPED = "shipped-protocols.zip";

  private ProtocolSource() {}

  static String describe(Optional<String> folder) {
    return folder.map(f -> "folder " + f).orElse("the protocols shipped with Pragma");
  }

  static ProtocolSet read(Optional<String> folder) {
    if (folder.isPresent()) {
      Path root = Path.of(folder.get());
      if (!Files.isDirectory(root)) {
        return unreadable(folder.get(), "is not a folder", "Set pragma.protocols.dir (PRAGMA_PROTOCOLS_DIR) to the folder that holds the study folders and instruments/.");
      }
      return ProtocolLoader.loadRoot(root);
    }
    return readShipped();
  }

  private static ProtocolSet readShipped() {
    try (InputStream zip = ProtocolSource.class.getResourceAsStream(SHIPPED)) {
      if (zip == null) {
        return unreadable(SHIPPED, "is missing from the application", "Rebuild Pragma; the build zips the protocols/ folder.");
      }
      Path copy = Files.createTempFile("pragma-protocols", ".zip");
      try {
        Files.copy(zip, copy, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem fs = FileSystems.newFileSystem(copy)) {
          return ProtocolLoader.loadRoot(fs.getPath("/"));
        }
      } finally {
        Files.deleteIfExists(copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped protocols", e);
    }
  }

  private static ProtocolSet unreadable(String file, String what, String hint) {
    ValidationError error = new ValidationError(file, 0, 0, file + " " + what, hint);
    return new ProtocolSet(InstrumentCatalog.of(List.of()), List.of(), List.of(), List.of(error));
  }
}
