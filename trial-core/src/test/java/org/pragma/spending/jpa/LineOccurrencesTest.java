package org.pragma.spending.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Identical lines of a file are numbered 1, 2... in file order, whatever the file's size. */
class LineOccurrencesTest {

  @Test
  void identicalKeysAreNumberedInOrderAndOthersStartAtOne() {
    LineOccurrences lines = new LineOccurrences();
    assertThat(lines.next(42)).isEqualTo(1);
    assertThat(lines.next(7)).isEqualTo(1);
    assertThat(lines.next(42)).isEqualTo(2);
    assertThat(lines.next(42)).isEqualTo(3);
    assertThat(lines.next(7)).isEqualTo(2);
    assertThat(lines.next(0)).isEqualTo(1);
    assertThat(lines.next(0)).isEqualTo(2);
  }

  @Test
  void aMillionKeysKeepTheirCountsAcrossTheTablesGrowth() {
    LineOccurrences lines = new LineOccurrences();
    SplittableRandom random = new SplittableRandom(14);
    long[] keys = new long[1_000_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextLong();
      assertThat(lines.next(keys[i])).isEqualTo(1);
    }
    for (long key : keys) {
      assertThat(lines.next(key)).isEqualTo(2);
    }
  }
}
