package org.pragma.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlausibleDateTest {
  private final PlausibleDate.Check check = new PlausibleDate.Check();

  @Test
  void acceptsDatesFrom1900To2200AndAbsentOnes() {
    assertThat(check.isValid(null, null)).isTrue();
    assertThat(check.isValid(LocalDate.of(1900, 1, 1), null)).isTrue();
    assertThat(check.isValid(LocalDate.of(2200, 12, 31), null)).isTrue();
  }

  @Test
  void refusesDatesNoPersonCanMean() {
    assertThat(check.isValid(LocalDate.of(1899, 12, 31), null)).isFalse();
    assertThat(check.isValid(LocalDate.of(2201, 1, 1), null)).isFalse();
    assertThat(check.isValid(LocalDate.MIN, null)).isFalse();
    assertThat(check.isValid(LocalDate.MAX, null)).isFalse();
  }
}
