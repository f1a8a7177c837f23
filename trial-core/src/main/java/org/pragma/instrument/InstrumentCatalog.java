package org.pragma.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pragma.protocol.validation.ValidationError;

/**
 * The instruments Pragma knows, by code, read from {@code protocols/instruments/}. Only valid files become
 * instruments; each invalid one is reported with file, line and column and left out.
 */
public final class InstrumentCatalog {

  /** Folder of the instruments under the protocols root, also the prefix of file names in errors. */
  public static final String FOLDER = "instruments";

  private final Map<String, Instrument> byCode;

  private InstrumentCatalog(Map<String, Instrument> byCode) {
    this.byCode = java.util.Collections.unmodifiableMap(new TreeMap<>(byCode));
  }

  /** The instruments read from a folder, and the errors of the files that were left out. */
  public record Loaded(InstrumentCatalog catalog, List<ValidationError> errors) {

    public Loaded {
      errors = List.copyOf(errors);
    }
  }

  public static InstrumentCatalog of(Collection<Instrument> instruments) {
    Map<String, Instrument> map = new TreeMap<>();
    instruments.forEach(i -> map.put(i.code(), i));
    return new InstrumentCatalog(map);
  }

  /** Reads every {@code *.yaml} file of the folder (e.g. {@code protocols/instruments}). */
  public static Loaded load(Path folder) {
    return load(files(folder));
  }

  /** The {@code *.yaml} files of an instrument folder, by file name. */
  public static Map<String, byte[]> files(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
        files.put(path.getFileName().toString(), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read instrument folder " + folder, e);
    }
    return files;
  }

  /** Reads instrument files given as file name (e.g. {@code ODI.yaml}) to content. */
  public static Loaded load(Map<String, byte[]> files) {
    Map<String, Instrument> instruments = new TreeMap<>();
    List<ValidationError> errors = new ArrayList<>();
    new TreeMap<>(files).forEach((name, content) -> {
      InstrumentReader.Result result = InstrumentReader.read(FOLDER + "/" + name, content);
      errors.addAll(result.errors());
      result.instrument().ifPresent(i -> instruments.put(i.code(), i));
    });
    return new Loaded(new InstrumentCatalog(instruments), errors);
  }

  public Optional<Instrument> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  /** The instrument with this code, or {@link UnknownInstrumentException}. */
  public Instrument get(String code) {
    return find(code).orElseThrow(() -> new UnknownInstrumentException(code));
  }

  /** Scores a response to the instrument with this code; see {@link Instrument#score(Map)}. */
  public Score score(String code, Map<String, ?> answers) {
    return get(code).score(answers);
  }

  /** All instruments, ordered by code. */
  public List<Instrument> all() {
    return List.copyOf(byCode.values());
  }

  public boolean contains(String code) {
    return find(code).isPresent();
  }
}
