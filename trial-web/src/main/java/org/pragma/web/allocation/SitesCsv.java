package org.pragma.web.allocation;

import java.util.List;
import org.pragma.allocation.Draw;

/** The sites of a draw as the CLI's {@code --clusters} file: a {@code site} column, then one per covariate. */
final class SitesCsv {
  private SitesCsv() {}

  static String of(Draw draw) {
    List<String> columns = draw.clusters().isEmpty() ? List.of() : List.copyOf(draw.clusters().get(0).values().keySet());
    StringBuilder csv = new StringBuilder("site");
    columns.forEach(c -> csv.append(',').append(quote(c)));
    csv.append('\n');
    for (Draw.ClusterRow row : draw.clusters()) {
      csv.append(quote(row.site()));
      columns.forEach(c -> csv.append(',').append(quote(row.values().get(c))));
      csv.append('\n');
    }
    return csv.toString();
  }

  private static String quote(String value) {
    if (value == null) {
      return "";
    }
    return value.matches("[^,\"\\r\\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
  }
}
