package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;

/** An in-memory copy of a shipped study folder that a test mutates before loading it. */
final class StudyFixture {

  static final InstrumentCatalog CATALOG =
      InstrumentCatalog.load(ShippedProtocolsTest.ROOT.resolve("instruments")).catalog();

  final String folder;
  final Map<String, byte[]> files = new TreeMap<>();

  private StudyFixture(String folder) {
    this.folder = folder;
    Path root = ShippedProtocolsTest.ROOT.resolve(folder);
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StudyFixture spineCare() {
    return new StudyFixture("spine-care");
  }

  String text(String file) {
    return new String(files.get(file), StandardCharsets.UTF_8);
  }

  /** Replaces the first occurrence of {@code from}, failing if it is absent so the test stays honest. */
  StudyFixture replace(String file, String from, String to) {
    String text = text(file);
    assertThat(text).as("fixture text in " + file).contains(from);
    int at = text.indexOf(from);
    files.put(file, (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  StudyLoad load() {
    return new ProtocolLoader(CATALOG).loadStudy(folder, files);
  }

  List<ValidationError> errors() {
    StudyLoad load = load();
    assertThat(load).as("a study with an error is not loaded").isInstanceOf(StudyLoad.Rejected.class);
    return ((StudyLoad.Rejected) load).errors();
  }

  /** 1-based line of the first occurrence of {@code snippet} in the (mutated) file. */
  int lineOf(String file, String snippet) {
    String text = text(file);
    return (int) text.substring(0, text.indexOf(snippet)).chars().filter(c -> c == '\n').count() + 1;
  }

  /** 1-based column of the first occurrence of {@code snippet} in its line. */
  int columnOf(String file, String snippet) {
    String text = text(file);
    int at = text.indexOf(snippet);
    return at - text.lastIndexOf('\n', at - 1);
  }
}
