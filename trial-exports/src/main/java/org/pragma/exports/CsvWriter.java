package org.pragma.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A dataset as CSV per RFC 4180: UTF-8, a header of variable names, comma separated, CRLF line
 * ends, fields quoted only when they hold a comma, quote or line break. Written straight to the
 * stream through one reused row buffer; nothing of the dataset is kept.
 */
public final class CsvWriter implements RowSink {
  private final Dataset dataset;
  private final Variable[] variables;
  private final Writer out;
  private final StringBuilder row = new StringBuilder(1024);
  private final StringBuilder cell = new StringBuilder(64);
  private char[] chars = new char[4096];
  private long rows;

  public CsvWriter(Dataset dataset, OutputStream stream) throws IOException {
    this.dataset = dataset;
    this.variables = dataset.variables().toArray(Variable[]::new);
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    for (int i = 0; i < variables.length; i++) {
      if (i > 0) {
        row.append(',');
      }
      row.append(variables[i].name());
    }
    endRow();
  }

  @Override
  public void row(Object... values) throws IOException {
    if (values.length != variables.length) {
      throw new IllegalArgumentException(
          dataset.name() + " has " + variables.length + " variables, the row " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Variable variable = variables[i];
      Object value = values[i];
      Cells.check(variable, value);
      if (i > 0) {
        row.append(',');
      }
      if (value instanceof String) {
        cell.setLength(0);
        Cells.append(cell, variable, value);
        appendQuotedIfNeeded(cell);
      } else {
        Cells.append(row, variable, value);
      }
    }
    endRow();
    rows++;
  }

  private void appendQuotedIfNeeded(CharSequence text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      row.append(text);
      return;
    }
    row.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        row.append('"');
      }
      row.append(c);
    }
    row.append('"');
  }

  private void endRow() throws IOException {
    row.append('\r').append('\n');
    int length = row.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    row.getChars(0, length, chars, 0);
    out.write(chars, 0, length);
    row.setLength(0);
  }

  @Override
  public long rows() {
    return rows;
  }

  /** Flushes; the stream stays open for the caller. */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
