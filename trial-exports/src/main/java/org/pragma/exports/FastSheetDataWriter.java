package org.pragma.exports;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's sheet writer, tuned for the export's two cell kinds (numbers, inline strings): the temp
 * file goes through an unsynchronized UTF-8 writer, cell references come from cached column letters
 * instead of a {@code CellReference} per cell, and whole numbers are written without ".0". The XML
 * is what POI writes; other cell kinds are left to POI.
 */
final class FastSheetDataWriter extends SheetDataWriter {
  private final List<String> columns = new ArrayList<>();
  private String row = "1";

  FastSheetDataWriter() throws IOException {
    super();
  }

  @Override
  public Writer createWriter(File file) throws IOException {
    return new Utf8Writer(new FileOutputStream(file));
  }

  @Override
  public void writeRow(int rownum, SXSSFRow sheetRow) throws IOException {
    row = Integer.toString(rownum + 1);
    super.writeRow(rownum, sheetRow);
  }

  @Override
  public void writeCell(int column, Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    if (type != CellType.NUMERIC && type != CellType.STRING) {
      super.writeCell(column, cell);
      return;
    }
    _out.write("<c r=\"");
    _out.write(column(column));
    _out.write(row);
    _out.write('"');
    int style = cell.getCellStyle().getIndex();
    if (style != 0) {
      _out.write(" s=\"");
      _out.write(Integer.toString(style));
      _out.write('"');
    }
    if (type == CellType.NUMERIC) {
      _out.write(" t=\"n\"><v>");
      double value = cell.getNumericCellValue();
      long whole = (long) value;
      _out.write(whole == value && Math.abs(value) < 1e15 ? Long.toString(whole) : Double.toString(value));
      _out.write("</v></c>");
      return;
    }
    String text = cell.getStringCellValue();
    boolean spaces = !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    _out.write(spaces ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
    outputEscapedString(text);
    _out.write("</t></is></c>");
  }

  private String column(int index) {
    while (columns.size() <= index) {
      columns.add(CellReference.convertNumToColString(columns.size()));
    }
    return columns.get(index);
  }
}
