package org.pragma.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void aPageStartsWhereThePreviousOnesEnd() {
    assertThat(new PageRequest(2, 50).offset()).isEqualTo(100);
    assertThat(PageRequest.starting(75, 25)).isEqualTo(new PageRequest(3, 25));
    assertThat(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset()).as("never overflows").isPositive();
  }

  @Test
  void pagesOutsideTheirLimitsAreRefused() {
    assertThatThrownBy(() -> new PageRequest(-1, 50)).hasMessageContaining("page");
    assertThatThrownBy(() -> new PageRequest(0, 0)).hasMessageContaining("size");
    assertThatThrownBy(() -> new PageRequest(0, 501)).hasMessageContaining("size");
  }

  @Test
  void aPageKnowsWhetherMoreRowsFollow() {
    assertThat(Page.of(List.of("a", "b"), new PageRequest(0, 2), 3).hasNext()).isTrue();
    assertThat(Page.of(List.of("c"), new PageRequest(1, 2), 3).hasNext()).isFalse();
    assertThat(Page.of(List.of("a", "b"), new PageRequest(0, 2), 2).hasNext()).isFalse();
  }
}
