package org.pragma.spending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.pragma.site.imports.SiteFileFormat;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of a claims file, streamed one at a time so a file of millions of lines never sits in
 * memory: CSV through Commons CSV, XLSX through POI's event (SAX) reader of the first sheet. Each
 * row comes with its number as a spreadsheet program shows it (the header is row 1); blank rows are
 * skipped. Cells read as the text a person sees: dates as ISO dates, numbers in plain notation.
 */
public final class SpreadsheetRows {
  /** Receives the header, then every non-blank row. */
  public interface Handler {
    void header(List<String> names);

    void row(long number, List<String> cells);
  }

  private SpreadsheetRows() {}

  public static void read(Path file, SiteFileFormat format, Handler handler) {
    if (format == SiteFileFormat.CSV) {
      csv(file, handler);
    } else {
      xlsx(file, handler);
    }
  }

  private static void csv(Path file, Handler handler) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file);
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
      reader.mark(1 << 16);
      int first = reader.read();
      if (first != '\uFEFF') {
        reader.reset();
        reader.mark(1 << 16);
      }
      char delimiter = delimiter(reader);
      CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get();
      boolean header = true;
      for (CSVRecord record : CSVParser.parse(reader, csv)) {
        List<String> cells = record.toList();
        if (header) {
          handler.header(cells);
          header = false;
        } else if (!blank(cells)) {
          handler.row(record.getRecordNumber(), cells);
        }
      }
    } catch (CharacterCodingException e) {
      throw new UnreadableClaimsFileException("The CSV file is not UTF-8 text. Save it as \"CSV UTF-8\", or upload the XLSX workbook instead.");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new UnreadableClaimsFileException("The CSV file is not UTF-8 text. Save it as \"CSV UTF-8\", or upload the XLSX workbook instead.");
      }
      throw new UnreadableClaimsFileException(org.pragma.site.imports.CsvProblem.describe(e));
    } catch (IOException | IllegalStateException e) {
      throw new UnreadableClaimsFileException(org.pragma.site.imports.CsvProblem.describe(e));
    }
  }

  /** Spreadsheet programs in many locales write semicolons; the header row tells which one. */
  private static char delimiter(BufferedReader reader) throws IOException {
    reader.mark(1 << 16);
    String header = reader.readLine();
    reader.reset();
    if (header == null) {
      return ',';
    }
    return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
  }

  private static void xlsx(Path file, Handler handler) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableClaimsFileException("The workbook has no sheet.");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
            new ReadOnlySharedStringsTable(pkg), new Rows(handler), new PlainFormatter(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (UnreadableClaimsFileException | ClaimsRefusedException e) {
      throw e;
    } catch (Exception e) {
      throw new UnreadableClaimsFileException("The file is not a readable XLSX workbook (it is damaged, empty or of another kind)."
          + " Save it from the spreadsheet program as .xlsx, or upload CSV.");
    }
  }

  /** Collects one row's cells (missing cells are blanks) and hands it on. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Handler handler;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;

    Rows(Handler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      List<String> row = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
      if (!headerSeen) {
        if (!blank(row)) {
          handler.header(row);
          headerSeen = true;
        }
      } else if (!blank(row)) {
        handler.row(rowNum + 1L, row);
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue);
    }
  }

  /** Numbers as plain decimals (no grouping, no exponent), dates as ISO dates: what the parser reads. */
  private static final class PlainFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  private static boolean blank(List<String> cells) {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
