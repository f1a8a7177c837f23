package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseOptionTest {
  @Test
  void showsTheValueOnceWhetherOrNotTheLabelRepeatsIt() {
    assertThat(new ResponseOption(2, "Pain is moderate").display()).isEqualTo("2 · Pain is moderate");
    assertThat(new ResponseOption(0, "0 - No pain").display()).isEqualTo("0 - No pain");
    assertThat(new ResponseOption(7, "7").display()).isEqualTo("7");
    assertThat(new ResponseOption(10, "10 - Worst imaginable pain").display()).isEqualTo("10 - Worst imaginable pain");
    assertThat(new ResponseOption(1, "").display()).isEqualTo("1");
    assertThat(new ResponseOption(1, "10 or more times").display()).isEqualTo("1 · 10 or more times");
  }
}
