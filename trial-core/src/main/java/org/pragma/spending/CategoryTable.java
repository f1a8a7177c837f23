package org.pragma.spending;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which service category a procedure code belongs to and whether it counts as spine-related: a
 * table of code ranges (CPT {@code 72141-72158}, HCPCS {@code J1030-J1040}, Category III
 * {@code 0591T-0593T}) that lives with the study's protocol files as {@code claims-categories.csv}
 * (columns {@code from,to,category,spine_related}). The first range that holds a code decides.
 * A code in no range is {@link ServiceCategory#OTHER} and not spine-related, and the import's report
 * counts it.
 */
public final class CategoryTable {
  /** One range of codes of the same shape (same length, letters and digits in the same places). */
  public record Range(String from, String to, ServiceCategory category, boolean spineRelated) {
    public Range {
      from = normalize(from);
      to = normalize(to);
      if (!shape(from).equals(shape(to)) || from.compareTo(to) > 0) {
        throw new IllegalArgumentException("range " + from + "-" + to + " is not an ascending range of codes of one shape");
      }
    }

    boolean holds(String code) {
      return shape(code).equals(shape(from)) && code.compareTo(from) >= 0 && code.compareTo(to) <= 0;
    }
  }

  /** What the table says about one code. */
  public record Match(ServiceCategory category, boolean spineRelated, boolean known) {}

  private final List<Range> ranges;

  public CategoryTable(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  public List<Range> ranges() {
    return ranges;
  }

  public Match classify(String procedureCode) {
    if (procedureCode == null || procedureCode.isBlank()) {
      return new Match(ServiceCategory.OTHER, false, false);
    }
    String code = normalize(procedureCode);
    for (Range r : ranges) {
      if (r.holds(code)) {
        return new Match(r.category(), r.spineRelated(), true);
      }
    }
    return new Match(ServiceCategory.OTHER, false, false);
  }

  /**
   * Reads a table; a line that does not parse is refused with its line number, so a study's table
   * never silently drops a range.
   */
  public static CategoryTable read(Reader reader) {
    List<Range> ranges = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column : List.of("from", "to", "category", "spine_related")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IllegalArgumentException("the category table has no '" + column + "' column (header: from,to,category,spine_related)");
        }
      }
      for (CSVRecord line : parser) {
        long number = line.getRecordNumber() + 1;
        ServiceCategory category = ServiceCategory.parse(line.get("category")).orElseThrow(() ->
            new IllegalArgumentException("line " + number + " of the category table: unknown category '" + line.get("category") + "'"));
        String flag = line.get("spine_related").toLowerCase(Locale.ROOT);
        if (!flag.matches("yes|no|true|false|1|0")) {
          throw new IllegalArgumentException("line " + number + " of the category table: spine_related must be yes or no, was '" + flag + "'");
        }
        try {
          ranges.add(new Range(line.get("from"), line.get("to").isEmpty() ? line.get("from") : line.get("to"),
              category, flag.matches("yes|true|1")));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + number + " of the category table: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CategoryTable(ranges);
  }

  /** The table shipped with Pragma for spine care (domain.md §7.4), used when a study has none. */
  public static CategoryTable spineCareDefault() {
    try (Reader reader = new java.io.InputStreamReader(
        CategoryTable.class.getResourceAsStream("spine-care-categories.csv"), java.nio.charset.StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String normalize(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** 72148 → 99999; J1030 → A9999; 0591T → 9999A. */
  static String shape(String code) {
    StringBuilder s = new StringBuilder(code.length());
    for (char c : code.toCharArray()) {
      s.append(Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'A' : c);
    }
    return s.toString();
  }
}
