package org.pragma.randomization.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.RandomizationInputException;

/**
 * Reads a CSV with a header row into clusters, checking that every requested column exists and
 * that numeric columns hold numbers; errors name the file, the data row (1 = first row after the
 * header) and the column.
 */
public final class ClusterCsv {
  private ClusterCsv() {}

  public static List<Cluster> read(Path file, String idColumn, List<String> numeric, List<String> categorical) {
    List<Cluster> clusters = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreSurroundingSpaces(true).get().parse(in)) {
      List<String> header = csv.getHeaderNames();
      requireColumns(file, header, idColumn, numeric, categorical);
      for (CSVRecord row : csv) {
        clusters.add(cluster(file, row, idColumn, numeric, categorical));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new RandomizationInputException(file + ": cannot read CSV: " + e.getMessage());
    }
    return clusters;
  }

  private static void requireColumns(Path file, List<String> header, String id, List<String> numeric,
      List<String> categorical) {
    List<String> wanted = new ArrayList<>(List.of(id));
    wanted.addAll(numeric);
    wanted.addAll(categorical);
    for (String column : wanted) {
      if (!header.contains(column)) {
        throw new RandomizationInputException(file + ": no column '" + column + "' (columns: "
            + String.join(",", header) + ")");
      }
    }
  }

  private static Cluster cluster(Path file, CSVRecord row, String id, List<String> numeric, List<String> categorical) {
    Map<String, String> values = new LinkedHashMap<>();
    long rowNumber = row.getRecordNumber();
    for (String column : numeric) {
      String v = row.isSet(column) ? row.get(column) : "";
      if (v.isEmpty() || v.equalsIgnoreCase("NA")) {
        throw new RandomizationInputException(file + ", row " + rowNumber + ", column " + column + ": value is missing");
      }
      try {
        if (!Double.isFinite(Double.parseDouble(v))) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw new RandomizationInputException(file + ", row " + rowNumber + ", column " + column
            + ": '" + v + "' is not a number");
      }
      values.put(column, v);
    }
    for (String column : categorical) {
      String v = row.isSet(column) ? row.get(column) : "";
      if (v.isEmpty() || v.equals("NA")) {
        throw new RandomizationInputException(file + ", row " + rowNumber + ", column " + column + ": value is missing");
      }
      values.put(column, v);
    }
    String clusterId = row.isSet(id) ? row.get(id) : "";
    if (clusterId.isEmpty()) {
      throw new RandomizationInputException(file + ", row " + rowNumber + ", column " + id + ": cluster id is missing");
    }
    return new Cluster(clusterId, values);
  }
}
