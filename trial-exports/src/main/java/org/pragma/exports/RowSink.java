package org.pragma.exports;

import java.io.Closeable;
import java.io.IOException;

/** Receives a dataset's rows one at a time, in the dataset's variable order. */
public interface RowSink extends Closeable {
  /**
   * Writes one row. Values are {@code String}, {@code Integer}/{@code Long}/{@code Boolean},
   * {@code Double}/{@code BigDecimal}, {@code LocalDate} or a {@link Missing} reason. The array may
   * be reused by the caller for the next row.
   */
  void row(Object... values) throws IOException;

  /** Rows written so far. */
  long rows();
}
