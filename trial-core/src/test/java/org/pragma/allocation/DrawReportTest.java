package org.pragma.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pragma.randomization.constrained.BalanceTable;

class DrawReportTest {
  private static BalanceTable table(BalanceTable.Row... rows) {
    return new BalanceTable(List.of("usual-care", "ice", "ipt"), List.of(rows));
  }

  @Test
  void flagsEveryPairOfArmsWhoseStandardizedDifferencePassesTheThreshold() {
    // visits: usual care 300 (sd 40), ICE 326 (sd 40) -> d = 0.65; IPT 304 -> 0.1 against usual care, -0.55 against ICE
    BalanceTable.Row visits = new BalanceTable.Row("visits", new double[] {300, 326, 304}, new double[] {40, 40, 40}, new double[] {0, 0.65, 0.1});

    List<Draw.Imbalance> flagged = DrawReport.imbalances(table(visits), 0.2);

    assertThat(flagged).extracting(Draw.Imbalance::arm, Draw.Imbalance::comparedWith)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ice", "usual-care"), org.assertj.core.groups.Tuple.tuple("ipt", "ice"));
    assertThat(flagged.get(0).standardizedDifference()).isCloseTo(0.65, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(flagged.get(1).standardizedDifference()).isCloseTo(-0.55, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aDifferenceAtOrBelowTheThresholdPassesAndAThresholdOfItsOwnIsHonoured() {
    BalanceTable.Row visits = new BalanceTable.Row("visits", new double[] {300, 308, 292}, new double[] {40, 40, 40}, new double[] {0, 0.2, -0.2});

    assertThat(DrawReport.imbalances(table(visits), 0.4)).isEmpty();
    assertThat(DrawReport.imbalances(table(visits), 0.1)).hasSize(3);
  }

  @Test
  void armsWithoutSpreadAndDifferentMeansAreFlaggedButASingleSiteArmCannotBeJudged() {
    BalanceTable.Row level = new BalanceTable.Row("health-system=duke", new double[] {1, 0, 1}, new double[] {0, 0, 0}, new double[] {0, Double.NEGATIVE_INFINITY, Double.NaN});
    BalanceTable.Row single = new BalanceTable.Row("visits", new double[] {300, 500, 300}, new double[] {Double.NaN, 40, 40}, new double[] {0, Double.NaN, Double.NaN});

    List<Draw.Imbalance> flagged = DrawReport.imbalances(table(level, single), 0.2);

    assertThat(flagged).extracting(Draw.Imbalance::covariate, Draw.Imbalance::arm, Draw.Imbalance::standardizedDifference)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("health-system=duke", "ice", null),
            org.assertj.core.groups.Tuple.tuple("health-system=duke", "ipt", null),
            org.assertj.core.groups.Tuple.tuple("visits", "ipt", -5.0));
  }
}
