package org.pragma.spending;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far running imports have got, for the page's progress bar: lines checked in the first pass,
 * lines written in the second. Held in memory by the server that runs the import; a finished import's
 * figures are on its record.
 */
@ApplicationScoped
public class ImportProgress {
  /** Lines checked so far, lines to write (known after the check) and lines written. */
  public record Progress(String phase, long checked, long total, long written) {
    /** 0–100: checking is the first half, writing the second. */
    public int percent() {
      if (total <= 0) {
        return 0;
      }
      return (int) Math.min(100, (50 * checked + 50 * written) / total);
    }
  }

  private final Map<Long, Progress> running = new ConcurrentHashMap<>();

  void checking(long importId, long checked) {
    running.put(importId, new Progress("Checking lines", checked, 0, 0));
  }

  void writing(long importId, long total, long written) {
    running.put(importId, new Progress("Importing lines", total, total, written));
  }

  void done(long importId) {
    running.remove(importId);
  }

  public Optional<Progress> of(long importId) {
    return Optional.ofNullable(running.get(importId));
  }
}
