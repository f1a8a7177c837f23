package org.pragma.exports.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pragma.exports.AnalysisExport;
import org.pragma.exports.CsvWriter;
import org.pragma.exports.Dataset;
import org.pragma.exports.Format;
import org.pragma.exports.ManifestFacts;
import org.pragma.exports.Missing;
import org.pragma.exports.RowSink;
import org.pragma.exports.Variable;
import org.pragma.exports.XlsxWorkbook;

/**
 * The patients dataset's shape (40 columns: text codes, integers, one-decimal scores, some missing,
 * a date) written 1,000,000 times through Pragma's CSV and XLSX writers and through the minimal
 * baselines of issue 15: plain buffered text for CSV, fastexcel for XLSX. Rows come from a small
 * pool so the generator costs nothing. Run by bench/exports.sh with -Xmx512m.
 */
public final class ExportBench {
  private static final int POOL = 997;

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Files.createTempDirectory("export-bench");
    Dataset dataset = dataset();
    Object[][] pool = pool(dataset);
    List<String> lines = new ArrayList<>();
    lines.add("Export bench: " + rows + " rows x " + dataset.width() + " columns, max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, " + Runtime.getRuntime().availableProcessors() + " cores");
    double plain = run(lines, "CSV  plain buffered writer (baseline)", dir.resolve("plain.csv"), out -> plainCsv(out, dataset, pool, rows));
    double csv = run(lines, "CSV  Pragma CsvWriter", dir.resolve("pragma.csv"), out -> pragmaCsv(out, dataset, pool, rows));
    double zip = run(lines, "CSV  Pragma export zip (CSV + codebook + scripts + manifest)", dir.resolve("export.zip"), out -> exportZip(out, dir, dataset, pool, rows));
    double fast = run(lines, "XLSX fastexcel 0.19 (baseline)", dir.resolve("fast.xlsx"), out -> fastexcel(out, dataset, pool, rows));
    double xlsx = run(lines, "XLSX Pragma XlsxWorkbook (POI SXSSF)", dir.resolve("pragma.xlsx"), out -> pragmaXlsx(out, dataset, pool, rows));
    lines.add(String.format("Ratios: CSV %.2fx the plain writer (target <= 1.3, < 10 s), export zip %.2fx;"
        + " XLSX %.2fx fastexcel (target <= 1.5, < 60 s)", csv / plain, zip / plain, xlsx / fast));
    lines.forEach(System.out::println);
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  interface Job {
    void write(OutputStream out) throws IOException;
  }

  private static double run(List<String> lines, String name, Path file, Job job) throws IOException {
    String only = System.getProperty("bench.only");
    if (only != null && !name.contains(only)) {
      return Double.NaN;
    }
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      job.write(out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    String line = String.format("%-62s %7.2f s  %6d MB file  peak heap %4d MB", name, seconds,
        Files.size(file) >> 20, peak >> 20);
    System.out.println(line);
    lines.add(line);
    Files.delete(file);
    return seconds;
  }

  private static void plainCsv(OutputStream out, Dataset dataset, Object[][] pool, int rows) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < dataset.width(); i++) {
      w.write(i > 0 ? "," : "");
      w.write(dataset.variables().get(i).name());
    }
    w.write("\r\n");
    for (int r = 0; r < rows; r++) {
      Object[] row = pool[r % POOL];
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          w.write(',');
        }
        Object v = row[i];
        w.write(v instanceof Missing m ? m.code() : v.toString());
      }
      w.write("\r\n");
    }
    w.flush();
  }

  private static void pragmaCsv(OutputStream out, Dataset dataset, Object[][] pool, int rows) throws IOException {
    try (CsvWriter w = new CsvWriter(dataset, out)) {
      for (int r = 0; r < rows; r++) {
        w.row(pool[r % POOL]);
      }
    }
  }

  private static void exportZip(OutputStream out, Path dir, Dataset dataset, Object[][] pool, int rows) throws IOException {
    Instant snapshot = Instant.parse("2026-10-15T01:00:00Z");
    try (AnalysisExport export = AnalysisExport.start(dir.resolve("work"), EnumSet.of(Format.CSV), snapshot)) {
      try (RowSink sink = export.dataset(dataset)) {
        for (int r = 0; r < rows; r++) {
          sink.row(pool[r % POOL]);
        }
      }
      export.finish(new ManifestFacts("BENCH", snapshot, LocalDate.of(2026, 10, 15), "bench", false, Map.of(), Map.of()), out);
    }
  }

  private static void pragmaXlsx(OutputStream out, Dataset dataset, Object[][] pool, int rows) throws IOException {
    try (XlsxWorkbook workbook = new XlsxWorkbook(Instant.parse("2026-10-15T01:00:00Z"))) {
      try (RowSink sheet = workbook.sheet(dataset)) {
        for (int r = 0; r < rows; r++) {
          sheet.row(pool[r % POOL]);
        }
      }
      workbook.codebook(List.of(dataset));
      workbook.write(out);
    }
  }

  private static void fastexcel(OutputStream out, Dataset dataset, Object[][] pool, int rows) throws IOException {
    Workbook wb = new Workbook(out, "Bench", "1.0");
    Worksheet ws = wb.newWorksheet(dataset.name());
    ws.freezePane(0, 1);
    for (int i = 0; i < dataset.width(); i++) {
      ws.value(0, i, dataset.variables().get(i).name());
    }
    for (int r = 0; r < rows; r++) {
      Object[] row = pool[r % POOL];
      for (int i = 0; i < row.length; i++) {
        Object v = row[i];
        if (v instanceof Number n) {
          ws.value(r + 1, i, n);
        } else if (v instanceof LocalDate d) {
          ws.value(r + 1, i, d);
          ws.style(r + 1, i).format("yyyy-mm-dd").set();
        } else {
          ws.value(r + 1, i, v instanceof Missing m ? m.code() : v.toString());
        }
      }
      if (r % 1000 == 999) {
        ws.flush();
      }
    }
    wb.finish();
  }

  static Dataset dataset() {
    List<Variable> v = new ArrayList<>();
    v.add(Variable.text("study_id", "Study patient ID"));
    v.add(Variable.text("site", "Site"));
    v.add(Variable.text("arm", "Arm").value("usual-care", "Usual care").value("ice", "ICE"));
    v.add(Variable.text("stratum", "Stratum"));
    for (String c : List.of("site_size", "site_rural", "site_baseline_odi", "site_pt_share")) {
      v.add(Variable.decimal(c, "Site covariate " + c, 1));
    }
    v.add(Variable.integer("age", "Age at enrollment").units("years"));
    v.add(Variable.integer("sex", "Sex").value("1", "Female").value("2", "Male"));
    v.add(Variable.text("pain_location", "Pain location"));
    v.add(Variable.text("risk_group", "Baseline risk group"));
    v.add(Variable.text("package", "Intervention package"));
    v.add(Variable.text("protocol_version", "Protocol version"));
    v.add(Variable.text("status", "Status"));
    v.add(Variable.integer("status_day", "Study day of the status"));
    for (String visit : List.of("baseline", "month_3", "month_12")) {
      v.add(Variable.decimal("odi_" + visit, "ODI at " + visit, 1).missing(Missing.MISSED, null).missing(Missing.NOT_DUE, null));
      v.add(Variable.decimal("ndi_" + visit, "NDI at " + visit, 1).missing(Missing.MISSED, null).missing(Missing.NOT_DUE, null));
      v.add(Variable.integer("day_" + visit, "Day of " + visit).missing(Missing.MISSED, null).missing(Missing.NOT_DUE, null));
      v.add(Variable.integer("in_window_" + visit, "In window " + visit).missing(Missing.MISSED, null).missing(Missing.NOT_DUE, null));
      v.add(Variable.text("completion_" + visit, "Completion " + visit));
    }
    v.add(Variable.decimal("odi_change_month_3", "ODI change month 3", 1).missing(Missing.MISSED, null).missing(Missing.NOT_DUE, null));
    v.add(Variable.decimal("odi_change_month_12", "ODI change month 12", 1).missing(Missing.MISSED, null).missing(Missing.NOT_DUE, null));
    v.add(Variable.decimal("spending_12m_total", "Spending 12 months", 2).units("USD"));
    v.add(Variable.decimal("spending_12m_spine", "Spine spending 12 months", 2).units("USD"));
    v.add(Variable.date("enrolled_on", "Enrollment date"));
    for (String c : List.of("office", "imaging", "injection", "surgery", "pt")) {
      v.add(Variable.integer("n_" + c, "Count " + c));
    }
    return new Dataset("patients", "one row per enrolled patient", v);
  }

  private static Object[][] pool(Dataset dataset) {
    Object[][] pool = new Object[POOL][];
    for (int p = 0; p < POOL; p++) {
      Object[] row = new Object[dataset.width()];
      for (int i = 0; i < row.length; i++) {
        Variable v = dataset.variables().get(i);
        row[i] = switch (v.type()) {
          case TEXT -> v.values().isEmpty() ? v.name().substring(0, 3) + "-" + (p % 37) : v.values().get(p % v.values().size()).value();
          case INTEGER -> v.values().isEmpty() ? Integer.valueOf((p * 31 + i) % 400) : Integer.valueOf(1 + p % 2);
          case DECIMAL -> (!v.missing().isEmpty() && p % 7 == i % 7) ? Missing.MISSED : Double.valueOf(((p * 131 + i * 17) % 100000) / 10.0);
          case DATE -> LocalDate.of(2025, 1, 1).plusDays(p % 700);
        };
      }
      pool[p] = row;
    }
    return pool;
  }
}
