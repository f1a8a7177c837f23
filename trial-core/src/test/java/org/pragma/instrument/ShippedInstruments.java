package org.pragma.instrument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The instruments shipped in {@code protocols/instruments/}, loaded once for the tests. */
final class ShippedInstruments {

  static final Path FOLDER = Path.of("..", "protocols", "instruments");
  static final InstrumentCatalog CATALOG = load();

  private ShippedInstruments() {}

  private static InstrumentCatalog load() {
    if (!Files.isDirectory(FOLDER)) {
      throw new IllegalStateException("run the tests from trial-core; missing " + FOLDER.toAbsolutePath());
    }
    InstrumentCatalog.Loaded loaded = InstrumentCatalog.load(FOLDER);
    if (!loaded.errors().isEmpty()) {
      throw new IllegalStateException("shipped instruments are invalid: " + loaded.errors());
    }
    return loaded.catalog();
  }

  /** Answers {@code prefix1..prefixN} with the given values; a null value leaves that item out. */
  static Map<String, Integer> answers(String prefix, Integer... values) {
    Map<String, Integer> answers = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        answers.put(prefix + (i + 1), values[i]);
      }
    }
    return answers;
  }
}
