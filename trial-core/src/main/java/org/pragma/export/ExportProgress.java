package org.pragma.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far running exports have got, for the progress bar: rows written of the rows expected. Held
 * in memory by the server that runs the export; a finished export's figures are on its record.
 */
@ApplicationScoped
public class ExportProgress {
  private final Map<Long, long[]> running = new ConcurrentHashMap<>();

  void expect(long exportId, long rows) {
    running.put(exportId, new long[] {0, Math.max(1, rows)});
  }

  void wrote(long exportId, long rows) {
    long[] p = running.get(exportId);
    if (p != null) {
      p[0] += rows;
    }
  }

  void done(long exportId) {
    running.remove(exportId);
  }

  /** 0–99 while running (100 only once the record says done). */
  public Optional<Integer> percent(long exportId) {
    long[] p = running.get(exportId);
    return p == null ? Optional.empty() : Optional.of((int) Math.min(99, 100 * p[0] / p[1]));
  }
}
