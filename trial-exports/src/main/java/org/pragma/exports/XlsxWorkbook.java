package org.pragma.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One workbook with a sheet per dataset plus the codebook, streamed with POI SXSSF: numbers as
 * numbers, dates as dates, a frozen header row. A dataset longer than a sheet (1,048,575 rows)
 * continues on "name (2)". Byte-identical for the same rows: the core properties' dates and every
 * inner zip entry's time are the snapshot time; temp files are not compressed and the workbook is
 * deflated at the fastest level (the writer's speed is what matters at a million rows).
 */
public final class XlsxWorkbook implements AutoCloseable {
  static final int MAX_DATA_ROWS = 1_048_575;

  private final SXSSFWorkbook workbook;
  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle plain;
  private final LocalDateTime fixedTime;
  private final int maxRows;

  public XlsxWorkbook(Instant snapshot) {
    this(snapshot, MAX_DATA_ROWS);
  }

  /** A workbook that continues a dataset on a new sheet after {@code maxRows} data rows. */
  XlsxWorkbook(Instant snapshot, int maxRows) {
    this.maxRows = maxRows;
    this.fixedTime = LocalDateTime.ofInstant(snapshot, ZoneOffset.UTC);
    XSSFWorkbook template = new XSSFWorkbook();
    Date created = Date.from(snapshot);
    var core = template.getProperties().getCoreProperties();
    core.setCreated(Optional.of(created));
    core.setModified(Optional.of(created));
    core.setCreator("Pragma");
    this.workbook = new Deterministic(template, fixedTime);
    this.header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    // Every cell gets its style set: without one, SXSSF looks up the column's style in XMLBeans
    // for every cell it flushes, which made the workbook five times slower.
    this.plain = workbook.getCellStyleAt(0);
    this.date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /** Starts the dataset's sheet; close the sink before starting the next. */
  public RowSink sheet(Dataset dataset) {
    return new Sheet(dataset);
  }

  /** Adds the codebook sheet: one row per variable of every dataset. */
  public void codebook(List<Dataset> datasets) throws IOException {
    try (RowSink sink = new Sheet(Codebook.DATASET)) {
      for (Dataset dataset : datasets) {
        for (Variable variable : dataset.variables()) {
          sink.row(Codebook.row(dataset, variable));
        }
      }
    }
  }

  public void write(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
    workbook.dispose();
  }

  private final class Sheet implements RowSink {
    private final Dataset dataset;
    private final Variable[] variables;
    private SXSSFSheet sheet;
    private int part;
    private int next;
    private long rows;

    Sheet(Dataset dataset) {
      this.dataset = dataset;
      this.variables = dataset.variables().toArray(Variable[]::new);
      startPart();
    }

    private void startPart() {
      part++;
      sheet = workbook.createSheet(part == 1 ? dataset.name() : dataset.name() + " (" + part + ")");
      sheet.createFreezePane(0, 1);
      SXSSFRow row = sheet.createRow(0);
      for (int i = 0; i < variables.length; i++) {
        SXSSFCell cell = row.createCell(i);
        cell.setCellValue(variables[i].name());
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, 256 * Math.min(60, Math.max(10, variables[i].name().length() + 2)));
      }
      next = 1;
    }

    @Override
    public void row(Object... values) throws IOException {
      if (values.length != variables.length) {
        throw new IllegalArgumentException(
            dataset.name() + " has " + variables.length + " variables, the row " + values.length);
      }
      if (next > maxRows) {
        startPart();
      }
      SXSSFRow row = sheet.createRow(next++);
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        Cells.check(variables[i], value);
        SXSSFCell cell = row.createCell(i);
        cell.setCellStyle(plain);
        if (value instanceof String s) {
          cell.setCellValue(Cells.neutralized(s));
        } else if (value instanceof Missing m) {
          cell.setCellValue(m.code());
        } else if (value instanceof Boolean b) {
          cell.setCellValue(b ? 1 : 0);
        } else if (value instanceof BigDecimal d) {
          cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
        }
      }
      rows++;
    }

    @Override
    public long rows() {
      return rows;
    }

    @Override
    public void close() throws IOException {
      sheet.flushRows();
    }
  }

  /** SXSSF whose output zip has fixed entry times and the fastest deflate level. */
  private static final class Deterministic extends SXSSFWorkbook {
    private final LocalDateTime fixedTime;

    Deterministic(XSSFWorkbook template, LocalDateTime fixedTime) {
      super(template, 100, false, false);
      this.fixedTime = fixedTime;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new FastSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
      ZipArchiveOutputStream zip =
          new ZipArchiveOutputStream(stream) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
              entry.setTime(java.sql.Timestamp.valueOf(fixedTime).getTime());
              super.putArchiveEntry(entry);
            }
          };
      zip.setLevel(Deflater.BEST_SPEED);
      // Zip64 entries written to a stream carry 64-bit sizes in the local header but a 32-bit data
      // descriptor, which Java's ZipInputStream (and other stream readers) refuse. A sheet part
      // (at most 1,048,575 rows) over 4 GB of XML therefore fails the export instead.
      zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
      return zip;
    }
  }
}
