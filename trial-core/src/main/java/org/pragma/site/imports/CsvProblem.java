package org.pragma.site.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a CSV file could not be split into cells, in words, with the line where reading stopped: what
 * Commons CSV reports names its own classes, which users must not see.
 */
public final class CsvProblem {
  private static final Pattern LINE = Pattern.compile("(?:line:? |startline )(\\d+)");

  private CsvProblem() {}

  /** "The file is not readable as CSV: …" for the failure {@code e} of the CSV parser. */
  public static String describe(Throwable e) {
    String said = "";
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      said += " " + t.getMessage();
    }
    Matcher line = LINE.matcher(said);
    String where = line.find() ? " (at line " + line.group(1) + ")" : "";
    return "The file is not readable as CSV: a quoted value is not closed, or has more text after its closing quote" + where
        + ". Put a value that holds a comma, a quote or a line break in double quotes, and write a quote inside it twice.";
  }
}
