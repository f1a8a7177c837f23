package org.pragma.spending;

import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pragma.protocol.StudyProtocol;

/**
 * A study's code-to-category table: {@code claims-categories.csv} in its protocol folder when it has
 * one (versioned with the protocol), Pragma's spine-care default otherwise.
 */
public final class CategoryTables {
  public static final String FILE = "claims-categories.csv";
  private static final Map<String, CategoryTable> PARSED = new ConcurrentHashMap<>();
  private static final CategoryTable DEFAULT = CategoryTable.spineCareDefault();

  private CategoryTables() {}

  public static CategoryTable of(StudyProtocol protocol) {
    return protocol.files().entrySet().stream()
        .filter(f -> f.getKey().endsWith("/" + FILE) || f.getKey().equals(FILE))
        .findFirst()
        .map(f -> PARSED.computeIfAbsent(protocol.contentHash(), h -> CategoryTable.read(new StringReader(f.getValue()))))
        .orElse(DEFAULT);
  }
}
