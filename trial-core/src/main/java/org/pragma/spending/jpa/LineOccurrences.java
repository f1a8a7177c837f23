package org.pragma.spending.jpa;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the lines of one file that have the same key, in file order (1, 2...), so that two
 * identical services on one day both count while the same file imported again gets the same
 * numbers. Keys are held as 64-bit prefixes of their SHA-256 in an open-addressing table: 8 bytes
 * per line at most twice over (32 MB for 2,000,000 lines), not a string per line. Two different keys
 * sharing a prefix (odds about 10⁻⁷ for 2,000,000 lines) only get different numbers, which keeps
 * every natural key unique and the numbering deterministic.
 */
final class LineOccurrences {
  private static final long EMPTY = 0L;
  private long[] slots = new long[1 << 16];
  private int size;
  private boolean zeroSeen;
  private final Map<Long, Integer> repeated = new HashMap<>();

  /** The number of this key's occurrence so far, counting this one. */
  int next(long prefix) {
    if (!add(prefix)) {
      return repeated.merge(prefix, 2, (old, two) -> old + 1);
    }
    return 1;
  }

  private boolean add(long key) {
    if (key == EMPTY) {
      boolean first = !zeroSeen;
      zeroSeen = true;
      return first;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == EMPTY) {
        slots[i] = key;
        size++;
        return true;
      }
      if (slots[i] == key) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    Arrays.stream(old).filter(k -> k != EMPTY).forEach(k -> {
      int i = mix(k) & mask;
      while (slots[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      slots[i] = k;
    });
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
