package org.pragma.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One analysis export being written: datasets are fed row by row (one at a time) into their CSV
 * file and workbook sheet in a work folder; {@link #finish} adds the codebook, the import scripts
 * and the manifest and writes the zip. The same datasets, rows and facts give the same bytes.
 *
 * <pre>{@code
 * try (AnalysisExport export = AnalysisExport.start(work, EnumSet.of(Format.CSV), snapshot)) {
 *   try (RowSink patients = export.dataset(PATIENTS)) { patients.row(...); }
 *   export.finish(facts, zipStream);
 * }
 * }</pre>
 */
public final class AnalysisExport implements AutoCloseable {
  public static final String MANIFEST = "manifest.json";
  public static final String WORKBOOK = "datasets.xlsx";

  private final Path work;
  private final Set<Format> formats;
  private final Instant snapshot;
  private final XlsxWorkbook workbook;
  private final List<Dataset> datasets = new ArrayList<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private boolean writing;

  private AnalysisExport(Path work, Set<Format> formats, Instant snapshot) {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("Choose CSV, XLSX or both");
    }
    this.work = work;
    this.formats = EnumSet.copyOf(formats);
    this.snapshot = snapshot;
    this.workbook = formats.contains(Format.XLSX) ? new XlsxWorkbook(snapshot) : null;
  }

  /** Starts an export writing its files into {@code work} (created if absent). */
  public static AnalysisExport start(Path work, Set<Format> formats, Instant snapshot)
      throws IOException {
    Files.createDirectories(work);
    return new AnalysisExport(work, formats, snapshot);
  }

  /** The sink of one dataset; close it before the next dataset. */
  public RowSink dataset(Dataset dataset) throws IOException {
    if (writing) {
      throw new IllegalStateException("Close the previous dataset first");
    }
    for (Dataset d : datasets) {
      if (d.name().equals(dataset.name())) {
        throw new IllegalArgumentException("Dataset " + dataset.name() + " is already exported");
      }
    }
    writing = true;
    datasets.add(dataset);
    OutputStream csvFile = null;
    RowSink csv = null;
    if (formats.contains(Format.CSV)) {
      csvFile = new BufferedOutputStream(Files.newOutputStream(work.resolve(dataset.name() + ".csv")), 1 << 16);
      csv = new CsvWriter(dataset, csvFile);
    }
    RowSink sheet = workbook == null ? null : workbook.sheet(dataset);
    return new Tee(dataset, csv, csvFile, sheet);
  }

  /** Adds codebook, scripts and manifest and writes the zip to {@code out}. */
  public ExportSummary finish(ManifestFacts facts, OutputStream out) throws IOException {
    if (writing) {
      throw new IllegalStateException("Close the last dataset first");
    }
    List<String> names = new ArrayList<>();
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(work.resolve("codebook.csv")));
        CsvWriter codebook = new CsvWriter(Codebook.DATASET, file)) {
      for (Dataset d : datasets) {
        for (Variable v : d.variables()) {
          codebook.row(Codebook.row(d, v));
        }
      }
    }
    if (formats.contains(Format.CSV)) {
      datasets.forEach(d -> names.add(d.name() + ".csv"));
    }
    if (workbook != null) {
      workbook.codebook(datasets);
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(work.resolve(WORKBOOK)), 1 << 16)) {
        workbook.write(file);
      }
      names.add(WORKBOOK);
    }
    names.add("codebook.csv");
    List<ExportedFile> files = new ArrayList<>();
    try (DeterministicZip zip = new DeterministicZip(out, LocalDateTime.ofInstant(snapshot, ZoneOffset.UTC))) {
      for (String name : names) {
        files.add(zip.add(name, work.resolve(name)));
      }
      if (formats.contains(Format.CSV)) {
        files.add(zip.add("import.R", ImportScripts.r(datasets)));
        files.add(zip.add("import.do", ImportScripts.stata(datasets)));
        files.add(zip.add("import.sas", ImportScripts.sas(datasets)));
      }
      String manifest = Manifest.json(facts, formats, datasets, rows, files);
      zip.add(MANIFEST, manifest);
      return new ExportSummary(List.copyOf(files), Map.copyOf(rows), manifest);
    }
  }

  /** Deletes the work files. */
  @Override
  public void close() throws IOException {
    if (workbook != null) {
      workbook.close();
    }
    try (Stream<Path> paths = Files.walk(work)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private final class Tee implements RowSink {
    private final Dataset dataset;
    private final RowSink csv;
    private final OutputStream csvFile;
    private final RowSink sheet;
    private long count;

    Tee(Dataset dataset, RowSink csv, OutputStream csvFile, RowSink sheet) {
      this.dataset = dataset;
      this.csv = csv;
      this.csvFile = csvFile;
      this.sheet = sheet;
    }

    @Override
    public void row(Object... values) throws IOException {
      if (csv != null) {
        csv.row(values);
      }
      if (sheet != null) {
        sheet.row(values);
      }
      count++;
    }

    @Override
    public long rows() {
      return count;
    }

    @Override
    public void close() throws IOException {
      if (csv != null) {
        csv.close();
        csvFile.close();
      }
      if (sheet != null) {
        sheet.close();
      }
      rows.put(dataset.name(), count);
      writing = false;
    }
  }
}
