package org.pragma.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.dashboard.DashboardFigures.Moments;
import org.pragma.dashboard.Recruitment.Characteristic;

/** Standardized differences (Austin 2009) against hand-worked figures. */
class RecruitmentMonitorTest {
  @Test
  void aBinaryLevelComparesSharesAndLeavesOutPatientsWithoutARecord() {
    Map<String, Map<String, Long>> byArm = new HashMap<>();
    Map<String, Long> a = new HashMap<>(Map.of("FEMALE", 30L, "MALE", 20L));
    a.put(null, 7L);
    byArm.put("a", a);
    byArm.put("b", Map.of("FEMALE", 20L, "MALE", 30L));
    List<Characteristic> out = new ArrayList<>();

    RecruitmentMonitor.categorical("Sex", List.of("a", "b"), byArm, 0.1, code -> code.toLowerCase(), out);

    // 0.6 vs 0.4: 0.2 / sqrt((0.24 + 0.24) / 2) = 0.4082.
    assertThat(out).extracting(Characteristic::level).containsExactly("female", "male");
    assertThat(out.get(0).values().get(0).patients()).isEqualTo(50);
    assertThat(out.get(0).values().get(0).value()).isEqualTo(0.6);
    assertThat(out.get(0).differences().get(0).d()).isEqualTo(0.4082);
    assertThat(out.get(0).differences().get(0).flagged()).isTrue();
    assertThat(out.get(1).differences().get(0).d()).isEqualTo(-0.4082);
  }

  @Test
  void aContinuousCharacteristicUsesSampleVariancesAndIsNotFlaggedWithinTheThreshold() {
    // a: 10, 20, 30 (mean 20, SD 10); b: 19, 21 (mean 20... 20, SD 1.414): d = 0.
    Characteristic c = RecruitmentMonitor.continuous("Age", List.of("a", "b"),
        Map.of("a", new Moments(3, 60, 1400), "b", new Moments(2, 40, 802)), 0.1);
    assertThat(c.values().get(0).sd()).isEqualTo(10.0);
    assertThat(c.values().get(1).sd()).isEqualTo(1.4142);
    assertThat(c.differences().get(0).d()).isEqualTo(0.0);
    assertThat(c.flagged()).isFalse();
    // An arm with one patient has no SD: no difference.
    Characteristic one = RecruitmentMonitor.continuous("Age", List.of("a", "b"),
        Map.of("a", new Moments(1, 50, 2500), "b", new Moments(2, 40, 802)), 0.1);
    assertThat(one.differences().get(0).d()).isNull();
  }
}
