package org.pragma.web.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.allocation.Draw;

class SitesCsvTest {
  @Test
  void writesASiteColumnThenOneColumnPerCovariateQuotingWhatNeedsIt() {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("visits", "420");
    first.put("system", "Duke, Raleigh");
    Map<String, String> second = new LinkedHashMap<>();
    second.put("visits", "318");
    second.put("system", "Iowa \"UIHC\"");
    Draw draw = new Draw("S", 1, false, "CONSTRAINED", "l2", 0.1, 7, "v", "g", List.of(), List.of(), null,
        List.of(new Draw.ClusterRow("S01", first), new Draw.ClusterRow("S02", second)), Map.of(), 0, 0, true,
        null, null, List.of(), List.of(), List.of(), "cmd", List.of(), null, 0.2, List.of(), List.of());

    assertThat(SitesCsv.of(draw)).isEqualTo("site,visits,system\nS01,420,\"Duke, Raleigh\"\nS02,318,\"Iowa \"\"UIHC\"\"\"\n");
  }
}
