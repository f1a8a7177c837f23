package org.pragma.site.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Text and workbook mutations shared by the import-file fuzz tests. */
public final class FileMutations {
  /** What a message users read must not contain: a Java package path or an exception's name. */
  public static final String JAVA_TEXT = "(java|org|com)\\.[a-z]+\\.|Exception";

  private FileMutations() {}

  /** The kinds of {@link #mutate}. */
  public static net.jqwik.api.Arbitrary<String> kinds() {
    return net.jqwik.api.Arbitraries.of("insert", "delete", "replace", "cut", "repeat");
  }

  /** {@code text} with {@code garbage} inserted, replacing or after a deletion at {@code at}, or cut there, or repeated. */
  public static String mutate(String text, String mutation, int at, String garbage) {
    int i = at % (text.length() + 1);
    return switch (mutation) {
      case "insert" -> text.substring(0, i) + garbage + text.substring(i);
      case "delete" -> text.substring(0, i) + text.substring(Math.min(text.length(), i + 1 + garbage.length()));
      case "replace" -> text.substring(0, i) + garbage + text.substring(Math.min(text.length(), i + garbage.length()));
      case "cut" -> text.substring(0, i);
      default -> text.repeat(1 + garbage.length() % 3);
    };
  }

  /** Bytes to damage a file with ({@link #damage}). */
  public static net.jqwik.api.Arbitrary<byte[]> garbageBytes() {
    return net.jqwik.api.Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
  }

  /** {@code file} cut at {@code at}, or with {@code garbage} written over it from there. */
  public static byte[] damage(byte[] file, int at, byte[] garbage, boolean cut) {
    int position = at % file.length;
    if (cut) {
      return Arrays.copyOf(file, position);
    }
    byte[] damaged = file.clone();
    System.arraycopy(garbage, 0, damaged, position, Math.min(garbage.length, damaged.length - position));
    return damaged;
  }

  /** An XLSX workbook of one sheet holding {@code csv}'s lines (split at commas, no quoting), every cell text. */
  public static byte[] workbook(String sheetName, String csv) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(sheetName);
      String[] lines = csv.split("\n");
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
