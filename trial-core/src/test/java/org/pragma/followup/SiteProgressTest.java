package org.pragma.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SiteProgressTest {
  @Test
  void sitesSortAsPeopleCountThem() {
    List<String> sorted = Stream.of("S10", "S2", "S1", "S33", "A7", "S3", "DUKE-2", "DUKE-10", "S02")
        .sorted(SiteProgress.CODE_ORDER).toList();
    assertThat(sorted).containsExactly("A7", "DUKE-2", "DUKE-10", "S1", "S02", "S2", "S3", "S10", "S33");
  }
}
