package org.pragma.randomization.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pragma.randomization.RandomizationEngine;
import org.pragma.randomization.RandomizationResult;

/**
 * The {@code --space} file: every scored allocation in R's list order, one row each, with
 * {@code treated} (two arms: treated ids sorted and joined with ';') or {@code arms} (k arms: each
 * cluster's arm name in input order, joined with ';'), {@code score} with 17 significant digits,
 * {@code in_space} (1/0) and {@code chosen} (1 for the drawn allocation).
 */
final class SpaceFile {
  private SpaceFile() {}

  static String seventeenDigits(double score) {
    return new BigDecimal(score).round(new MathContext(17)).stripTrailingZeros().toString();
  }

  static void write(Path file, RandomizationEngine engine, RandomizationResult result) throws IOException {
    List<String> ids = result.request().clusters().stream().map(c -> c.id()).toList();
    List<String> armNames = new ArrayList<>(result.armSizes().keySet());
    long[] chosen = result.space().masks(result.chosenRank() - 1);
    boolean twoArms = armNames.size() == 2;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write((twoArms ? "treated" : "arms") + ",score,in_space,chosen\n");
      engine.forEachScoredAllocation(result, (masks, score, inSpace) -> {
        String label = twoArms ? treatedIds(masks[0], ids) : armCodes(masks, ids.size(), armNames);
        String row = label + "," + seventeenDigits(score) + "," + (inSpace ? 1 : 0) + ","
            + (java.util.Arrays.equals(masks, chosen) ? 1 : 0) + "\n";
        try {
          out.write(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String treatedIds(long mask, List<String> ids) {
    List<String> treated = new ArrayList<>();
    for (long m = mask; m != 0; m &= m - 1) {
      treated.add(ids.get(Long.numberOfTrailingZeros(m)));
    }
    treated.sort(SpaceFile::compareIds);
    return String.join(";", treated);
  }

  /** Numeric ids in numeric order, otherwise text order. */
  static int compareIds(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  private static String armCodes(long[] masks, int n, List<String> armNames) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int arm = masks.length;
      for (int a = 0; a < masks.length; a++) {
        if ((masks[a] >>> i & 1) != 0) {
          arm = a;
        }
      }
      b.append(i == 0 ? "" : ";").append(armNames.get(arm));
    }
    return b.toString();
  }
}
