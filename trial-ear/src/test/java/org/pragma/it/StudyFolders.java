package org.pragma.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of the shipped study folders under fresh codes, for tests that load their own studies. No
 * other test class is used here, so in-container tests can add it to their deployment.
 */
final class StudyFolders {
  private StudyFolders() {}

  /** Copies a study folder, giving the copy's study file the code {@code code}. */
  static void copy(Path source, Path target, String code) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path copy = target.resolve(source.relativize(f).toString());
        Files.createDirectories(copy.getParent());
        String text = Files.readString(f);
        Files.writeString(copy, f.getFileName().toString().equals("study.yaml")
            ? text.replaceFirst("(?m)^code: .*$", "code: " + code) : text);
      }
    }
  }
}
