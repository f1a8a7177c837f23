package org.pragma.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ContentHash;
import org.pragma.protocol.validation.SchemaCheck;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;
import org.pragma.protocol.validation.YamlReader;

/**
 * Loads study folders ({@code study.yaml} + {@code arms/*.yaml}) into {@link StudyProtocol}s. A study is
 * loaded whole or not at all: YAML syntax, the JSON Schemas and the semantic checks must all pass; every
 * problem is reported with file, line and column. Works on folders, on a zip file system's paths, on an
 * uploaded zip stream and on in-memory files.
 */
public final class ProtocolLoader {

  private static final SchemaCheck STUDY_SCHEMA = SchemaCheck.of(SchemaCheck.Kind.STUDY);
  private static final SchemaCheck ARM_SCHEMA = SchemaCheck.of(SchemaCheck.Kind.ARM);

  private final InstrumentCatalog instruments;
  private final Map<String, SourceFile> instrumentFiles;

  /** A file as loaded: its path under the protocols root and its text. */
  record SourceFile(String path, String text) {}

  /**
   * A loader that resolves instrument codes against {@code instruments}; the protocols it loads do not
   * carry their instruments' files (enough to validate an upload).
   */
  public ProtocolLoader(InstrumentCatalog instruments) {
    this(instruments, Map.of());
  }

  /** A loader whose protocols carry the files of the instruments they use, keyed by instrument file name. */
  private ProtocolLoader(InstrumentCatalog instruments, Map<String, byte[]> instrumentFiles) {
    this.instruments = instruments;
    Map<String, SourceFile> byHash = new TreeMap<>();
    instrumentFiles.forEach((name, content) -> byHash.put(ContentHash.of(content),
        new SourceFile(InstrumentCatalog.FOLDER + "/" + name, new String(content, StandardCharsets.UTF_8))));
    this.instrumentFiles = byHash;
  }

  /** Loads the instruments of {@code root/instruments} and every study folder under {@code root}. */
  public static ProtocolSet loadRoot(Path root) {
    Map<String, byte[]> instrumentFiles = InstrumentCatalog.files(root.resolve(InstrumentCatalog.FOLDER));
    InstrumentCatalog.Loaded catalog = InstrumentCatalog.load(instrumentFiles);
    ProtocolLoader loader = new ProtocolLoader(catalog.catalog(), instrumentFiles);
    List<StudyLoad> loads = new ArrayList<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("study.yaml"))).sorted().toList()) {
        loads.add(loader.loadStudy(folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list protocols root " + root, e);
    }
    List<ValidationError> errors = new ArrayList<>(catalog.errors());
    List<StudyProtocol> studies = new ArrayList<>();
    loads.forEach(load -> {
      if (load instanceof StudyLoad.Loaded loaded) {
        studies.add(loaded.protocol());
      } else {
        errors.addAll(((StudyLoad.Rejected) load).errors());
      }
    });
    return new ProtocolSet(catalog.catalog(), studies, loads, errors);
  }

  /**
   * Rebuilds a study from the files a {@link ProtocolVersion} kept (paths under the protocols root: one
   * study folder and the instrument files it used). The result has the same content hash as when the
   * version was recorded, or is rejected if these files are no longer valid for this Pragma.
   */
  public static StudyLoad rebuild(Map<String, String> files) {
    Map<String, byte[]> instrumentFiles = new TreeMap<>();
    String instrumentPrefix = InstrumentCatalog.FOLDER + "/";
    files.forEach((path, text) -> {
      if (path.startsWith(instrumentPrefix)) {
        instrumentFiles.put(path.substring(instrumentPrefix.length()), text.getBytes(StandardCharsets.UTF_8));
      }
    });
    String folder = files.keySet().stream().filter(p -> p.endsWith("/study.yaml"))
        .map(p -> p.substring(0, p.length() - "/study.yaml".length())).findFirst().orElse("");
    String prefix = folder.isEmpty() ? "" : folder + "/";
    Map<String, byte[]> studyFiles = new TreeMap<>();
    files.forEach((path, text) -> {
      if (!path.startsWith(instrumentPrefix) && path.startsWith(prefix)) {
        studyFiles.put(path.substring(prefix.length()), text.getBytes(StandardCharsets.UTF_8));
      }
    });
    InstrumentCatalog.Loaded catalog = InstrumentCatalog.load(instrumentFiles);
    StudyLoad load = new ProtocolLoader(catalog.catalog(), instrumentFiles).loadStudy(folder, studyFiles);
    if (!catalog.errors().isEmpty() && load instanceof StudyLoad.Rejected rejected) {
      List<ValidationError> errors = new ArrayList<>(catalog.errors());
      errors.addAll(rejected.errors());
      return new StudyLoad.Rejected(folder, errors);
    }
    return load;
  }

  /** Loads one study folder; works for default and zip file system paths alike. */
  public StudyLoad loadStudy(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    read(folder, "study.yaml", files);
    read(folder, CLAIMS_CATEGORIES, files);
    Path arms = folder.resolve("arms");
    if (Files.isDirectory(arms)) {
      try (Stream<Path> paths = Files.list(arms)) {
        for (Path arm : paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
          read(folder, "arms/" + arm.getFileName(), files);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + arms, e);
      }
    }
    Path name = folder.getFileName();
    return loadStudy(name == null ? "" : name.toString().replace("/", ""), files);
  }

  /** Loads every study in an uploaded zip (a folder holding study.yaml, at the zip root or below). */
  public List<StudyLoad> loadZip(InputStream zip) {
    return ZipUpload.read(zip).entrySet().stream()
        .map(study -> loadStudy(study.getKey(), study.getValue())).toList();
  }

  /**
   * Loads one study from in-memory files keyed by their path inside the study folder ({@code study.yaml},
   * {@code arms/ice.yaml}); {@code folder} prefixes file names in errors and must equal the study code
   * unless empty. Other files are ignored.
   */
  public StudyLoad loadStudy(String folder, Map<String, byte[]> files) {
    String prefix = folder.isEmpty() ? "" : folder + "/";
    Map<String, byte[]> relevant = new TreeMap<>();
    files.forEach((path, content) -> {
      if (path.equals("study.yaml") || path.equals(CLAIMS_CATEGORIES) || path.matches("arms/[^/]+\\.yaml")) {
        relevant.put(path, content);
      }
    });
    if (!relevant.containsKey("study.yaml")) {
      return new StudyLoad.Rejected(folder, List.of(ValidationError.ofFile(prefix + "study.yaml",
          "study.yaml is missing", "Every study folder needs a study.yaml; see protocols/README.md.")));
    }
    List<ValidationError> errors = new ArrayList<>();
    YamlDocument study = parse(prefix + "study.yaml", relevant.get("study.yaml"), STUDY_SCHEMA, errors);
    Map<String, YamlDocument> arms = new TreeMap<>();
    relevant.forEach((path, content) -> {
      if (path.startsWith("arms/")) {
        YamlDocument arm = parse(prefix + path, content, ARM_SCHEMA, errors);
        if (arm != null) {
          arms.put(path, arm);
        }
      }
    });
    if (relevant.containsKey(CLAIMS_CATEGORIES)) {
      try {
        org.pragma.spending.CategoryTable.read(new java.io.StringReader(new String(relevant.get(CLAIMS_CATEGORIES), StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        errors.add(ValidationError.ofFile(prefix + CLAIMS_CATEGORIES, e.getMessage(),
            "Each line is from,to,category,spine_related: an ascending range of codes of one shape, a category such as imaging-mri, yes or no."));
      }
    }
    if (!errors.isEmpty()) {
      return new StudyLoad.Rejected(folder, errors);
    }
    StudyDocuments docs = new StudyDocuments(study, arms);
    errors.addAll(new StudyChecks(folder, docs, instruments).check());
    if (!errors.isEmpty()) {
      return new StudyLoad.Rejected(folder, errors);
    }
    return new StudyLoad.Loaded(folder, new StudyAssembler(docs, instruments, instrumentFiles).assemble(prefix, relevant));
  }

  /** A study's optional code-to-category table for claims (see org.pragma.spending.CategoryTables). */
  public static final String CLAIMS_CATEGORIES = "claims-categories.csv";

  private static YamlDocument parse(String file, byte[] content, SchemaCheck schema, List<ValidationError> errors) {
    YamlReader.Parsed parsed = YamlReader.read(file, content);
    if (!parsed.isValid()) {
      errors.addAll(parsed.errors());
      return null;
    }
    List<ValidationError> schemaErrors = schema.check(parsed.document().orElseThrow());
    errors.addAll(schemaErrors);
    return schemaErrors.isEmpty() ? parsed.document().orElseThrow() : null;
  }

  private static void read(Path folder, String relative, Map<String, byte[]> files) {
    Path file = folder.resolve(relative);
    if (Files.isRegularFile(file)) {
      try {
        files.put(relative, Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }
}
