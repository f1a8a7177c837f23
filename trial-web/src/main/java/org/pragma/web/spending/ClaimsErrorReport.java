package org.pragma.web.spending;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pragma.site.imports.RowError;

/** A refused import's problems as CSV a data manager opens next to the file: file, row, column, problem. */
final class ClaimsErrorReport {
  private ClaimsErrorReport() {}

  static String csv(String fileName, List<RowError> errors) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("file", "row", "column", "problem").get())) {
      for (RowError e : errors) {
        csv.printRecord(safe(fileName), e.row(), e.column() == null ? "" : safe(e.column()), safe(e.message()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A cell a spreadsheet program would run as a formula is prefixed with an apostrophe. */
  static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
