package org.pragma.site.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of a spreadsheet as rows of cell text, blank rows left out, each row numbered as
 * a spreadsheet program shows it. Files over {@link #MAX_BYTES} or {@link #MAX_ROWS} data rows are
 * refused before they are parsed further, so an upload cannot exhaust the server's memory.
 */
final class Sheet {
  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 2000;

  /** One non-blank row: its number (1 for the first line) and its cells' text, trimmed. */
  record Line(int number, List<String> cells) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  private Sheet() {}

  static List<Line> read(InputStream in, SiteFileFormat format) {
    byte[] bytes = bytes(in);
    List<Line> lines = format == SiteFileFormat.CSV ? csv(bytes) : xlsx(bytes);
    if (lines.size() - 1 > MAX_ROWS) {
      throw new UnreadableSiteFileException("The file has more than " + MAX_ROWS
          + " site rows, the most one import takes. Split it into smaller files.");
    }
    return lines;
  }

  private static byte[] bytes(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new UnreadableSiteFileException("The file is larger than 5 MB; split it into smaller files.");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Line> csv(byte[] bytes) {
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).setTrim(true).get();
    List<Line> lines = new ArrayList<>();
    try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        add(lines, (int) record.getRecordNumber(), record.toList());
        if (lines.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UnreadableSiteFileException(CsvProblem.describe(e));
    }
    return lines;
  }

  /** Spreadsheet programs in many locales write semicolons; the header row tells which one the file uses. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableSiteFileException("The CSV file is not UTF-8 text. Save it as \"CSV UTF-8\", or upload the XLSX workbook instead.");
    }
  }

  private static List<Line> xlsx(byte[] bytes) {
    List<Line> lines = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        return lines;
      }
      for (Row row : workbook.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          cells.add(text(row.getCell(c)));
        }
        add(lines, row.getRowNum() + 1, cells);
        if (lines.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableSiteFileException("The file is not a readable XLSX workbook (it is damaged, empty or of another kind)."
          + " Save it from the spreadsheet program as .xlsx, or upload CSV.");
    }
    return lines;
  }

  /** A cell as the text a person reads in it: whole numbers without ".0", dates as ISO dates. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue().strip();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  private static void add(List<Line> lines, int number, List<String> cells) {
    List<String> trimmed = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
    if (trimmed.stream().anyMatch(c -> !c.isEmpty())) {
      lines.add(new Line(number, trimmed));
    }
  }
}
