package org.pragma.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips of the repository's study folders, as a statistician would upload them, optionally with one file edited. */
final class ProtocolZips {
  private ProtocolZips() {}

  static Path protocolsRoot() {
    return Path.of(System.getProperty("protocols.dir", "../protocols"));
  }

  static byte[] studyFolder(String folder) {
    return studyFolder(folder, "", UnaryOperator.identity());
  }

  /** The folder zipped, with {@code file} (relative to the folder) passed through {@code edit}. */
  static byte[] studyFolder(String folder, String file, UnaryOperator<String> edit) {
    Path root = protocolsRoot().resolve(folder);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path f : files) {
        String relative = root.relativize(f).toString().replace('\\', '/');
        String content = Files.readString(f);
        zip.putNextEntry(new ZipEntry(folder + "/" + relative));
        zip.write((relative.equals(file) ? edit.apply(content) : content).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
