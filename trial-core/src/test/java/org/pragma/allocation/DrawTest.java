package org.pragma.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawTest {
  @Test
  void aCoordinatorsViewKeepsNoWarningOrImbalanceThatNamesAnotherSite() {
    Draw whole = new Draw("S", 1, false, "CONSTRAINED", "l2", 0.1, 7, "v", "g", List.of(), List.of(), null,
        List.of(new Draw.ClusterRow("S1", Map.of()), new Draw.ClusterRow("S4", Map.of()), new Draw.ClusterRow("S10", Map.of())),
        Map.of("S1", "a", "S4", "b", "S10", "a"), 3, 1, true, 0.0, 0.0, List.of(), List.of(),
        List.of("clusters S1 and S4 are always in the same arm", "clusters S1 and S10 are never in the same arm",
            "the constrained space holds only 1 allocations"),
        "cmd", List.of(), 3L, 0.2, List.of(new Draw.Imbalance("visits", "b", "a", 0.5)), List.of(List.of("S1", "S4")));

    Draw mine = whole.restrictedTo(site -> site.equals("S1") || site.equals("S10"));

    assertThat(mine.warnings()).containsExactly("clusters S1 and S10 are never in the same arm", "the constrained space holds only 1 allocations");
    assertThat(mine.allocation()).containsOnlyKeys("S1", "S10");
    assertThat(mine.imbalances()).isEmpty();
    assertThat(mine.pairs()).isEmpty();
    assertThat(mine.cliCommand()).isNull();
  }
}
