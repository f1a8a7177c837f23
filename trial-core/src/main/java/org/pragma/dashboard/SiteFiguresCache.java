package org.pragma.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each site's dashboard figures, kept while the site's change number stays the same. The number is
 * advanced in the writing transaction itself (database triggers on every table the figures count), and
 * it is read before the figures are counted, so a kept entry is never older than the data its reader
 * can see: never stale after a write, on one server or several. A write at one site makes only that
 * site be counted again. At most {@link #DEFAULT_CAPACITY} entries (site, range and day), least
 * recently used first out.
 */
@ApplicationScoped
public class SiteFiguresCache {
  static final int DEFAULT_CAPACITY = 2_000;

  /** What else the figures depend on besides the site and its data: the date range, today and the baseline measure. */
  record Window(LocalDate from, LocalDate to, LocalDate today, String instrument, String baselineVisit) {}

  private record Key(long site, long changes, Window window) {}

  private final Map<Key, SiteFigures> kept;

  public SiteFiguresCache() {
    this(DEFAULT_CAPACITY);
  }

  SiteFiguresCache(int capacity) {
    kept = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, SiteFigures> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The figures of every site (by id), from those kept for the site's current change number (read by
   * the caller before this call), the others counted by {@code count}: given only the site ids it must
   * count, it answers per site id, and a site it leaves out has nothing to count.
   */
  Map<Long, SiteFigures> figures(List<Long> sites, Map<Long, Long> changes, Window window,
      Function<List<Long>, Map<Long, SiteFigures>> count) {
    Map<Long, SiteFigures> figures = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    synchronized (kept) {
      for (Long site : sites) {
        SiteFigures f = kept.get(key(site, changes, window));
        if (f == null) {
          missing.add(site);
        } else {
          figures.put(site, f);
        }
      }
    }
    if (!missing.isEmpty()) {
      Map<Long, SiteFigures> counted = count.apply(missing);
      synchronized (kept) {
        for (Long site : missing) {
          SiteFigures f = counted.getOrDefault(site, SiteFigures.NONE);
          kept.put(key(site, changes, window), f);
          figures.put(site, f);
        }
      }
    }
    return figures;
  }

  private static Key key(long site, Map<Long, Long> changes, Window window) {
    return new Key(site, changes.getOrDefault(site, 0L), window);
  }
}
