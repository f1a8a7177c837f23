package org.pragma.web.problem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonDepthLimitTest {
  @Test
  void countsNestingOfArraysAndObjects() {
    assertThat(JsonDepthLimit.depth("1".getBytes(UTF_8))).isZero();
    assertThat(JsonDepthLimit.depth("{\"a\":[1,{\"b\":[]}],\"c\":{}}".getBytes(UTF_8))).isEqualTo(4);
    assertThat(JsonDepthLimit.depth(("[".repeat(50_000) + "]".repeat(50_000)).getBytes(UTF_8))).isEqualTo(50_000);
  }

  @Test
  void ignoresBracketsInsideStringsIncludingEscapedQuotes() {
    assertThat(JsonDepthLimit.depth("{\"reason\":\"[[[{{{ \\\" [[[\"}".getBytes(UTF_8))).isEqualTo(1);
    assertThat(JsonDepthLimit.depth("[\"\\\\\",[[]]]".getBytes(UTF_8))).isEqualTo(3);
  }
}
