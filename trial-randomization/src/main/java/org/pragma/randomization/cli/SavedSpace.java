package org.pragma.randomization.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pragma.randomization.RandomizationInputException;

/**
 * A constrained space read back for {@code cptest}: Pragma's own {@code --space} file (rows with
 * in_space = 1; the observed scheme has chosen = 1) or a cvcrand {@code savedata} file as it is
 * (header "SchemeChosen" then empty names; first column flags the chosen scheme; then 0/1 per
 * cluster in design order, named by {@code designIds}).
 */
record SavedSpace(List<Set<String>> schemes, int observed) {

  static SavedSpace read(Path file, List<String> designIds) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(in)) {
      List<CSVRecord> rows = csv.getRecords();
      if (rows.isEmpty()) {
        throw new RandomizationInputException(file + ": the space file is empty");
      }
      List<String> header = rows.get(0).toList();
      List<CSVRecord> body = rows.subList(1, rows.size());
      if (header.get(0).equals("SchemeChosen")) {
        return cvcrand(file, body, designIds, header.size() - 1);
      }
      if (header.get(0).equals("arms")) {
        throw new RandomizationInputException(file + ": cptest supports two-arm spaces only");
      }
      if (!header.equals(List.of("treated", "score", "in_space", "chosen"))) {
        throw new RandomizationInputException(file + ": neither a Pragma --space file nor a cvcrand savedata file");
      }
      return pragma(file, body);
    } catch (IOException | IllegalArgumentException e) {
      throw new RandomizationInputException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static SavedSpace pragma(Path file, List<CSVRecord> body) {
    List<Set<String>> schemes = new ArrayList<>();
    int observed = -1;
    for (CSVRecord row : body) {
      if (row.get(2).equals("1")) {
        if (row.get(3).equals("1")) {
          observed = schemes.size();
        }
        schemes.add(new TreeSet<>(Arrays.asList(row.get(0).split(";"))));
      }
    }
    return checked(file, schemes, observed);
  }

  private static SavedSpace cvcrand(Path file, List<CSVRecord> body, List<String> ids, int clusters) {
    if (ids.size() != clusters) {
      throw new RandomizationInputException(file + ": " + clusters + " cluster columns but " + ids.size()
          + " clusters to name them");
    }
    List<Set<String>> schemes = new ArrayList<>();
    int observed = -1;
    for (CSVRecord row : body) {
      if (row.size() != clusters + 1) {
        throw new RandomizationInputException(file + ", row " + (row.getRecordNumber() - 1) + ": expected "
            + (clusters + 1) + " columns");
      }
      if (row.get(0).equals("1")) {
        observed = schemes.size();
      }
      Set<String> treated = new TreeSet<>();
      for (int j = 0; j < clusters; j++) {
        if (row.get(j + 1).equals("1")) {
          treated.add(ids.get(j));
        }
      }
      schemes.add(treated);
    }
    return checked(file, schemes, observed);
  }

  private static SavedSpace checked(Path file, List<Set<String>> schemes, int observed) {
    if (observed < 0) {
      throw new RandomizationInputException(file + ": no scheme is flagged as chosen");
    }
    return new SavedSpace(schemes, observed);
  }
}
