package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The two studies shipped in {@code protocols/} load without a single error. */
class ShippedProtocolsTest {

  static final Path ROOT = Path.of("..", "protocols");
  private static final ProtocolSet SHIPPED = ProtocolLoader.loadRoot(ROOT);

  @Test
  void loadsBothShippedStudiesWithoutErrors() {
    ProtocolSet set = SHIPPED;

    assertThat(set.errors()).isEmpty();
    assertThat(set.studies()).extracting(StudyProtocol::code).containsExactly("impact-lbp", "spine-care");
  }

  @Test
  void spineCareHasThreeArmsWithRiskStratifiedIce() {
    StudyProtocol spineCare = SHIPPED.study("spine-care").orElseThrow();

    assertThat(spineCare.allocation()).containsExactly(
        java.util.Map.entry("usual-care", 1), java.util.Map.entry("ice", 1), java.util.Map.entry("ipt", 1));
    Intervention ice = spineCare.arm("ice").orElseThrow().interventions().get(0);
    assertThat(ice.componentsFor("low")).extracting(Component::dose).extracting(Component.Dose::count)
        .containsExactly(1, 1);
    assertThat(ice.componentsFor("high")).hasSize(3);
    assertThat(spineCare.arm("ice").orElseThrow().schedule().visits())
        .extracting(Visit::code, Visit::targetDay, Visit::opensDay, Visit::closesDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("baseline", 0, 0, 7),
            org.assertj.core.groups.Tuple.tuple("month-3", 91, 77, 119),
            org.assertj.core.groups.Tuple.tuple("month-12", 365, 335, 425));
    assertThat(spineCare.instruments()).containsOnlyKeys("SBST", "ODI", "NDI", "NPRS");
    assertThat(spineCare.studyIdFormat().format("S07", 42)).isEqualTo("SC-S07-0042");
  }

  @Test
  void impactHasPromisAtFourTimepointsAndImpliedConsent() {
    StudyProtocol impact = SHIPPED.study("impact-lbp").orElseThrow();

    assertThat(impact.consent().model()).isEqualTo("implied-by-baseline");
    assertThat(impact.arm("primary-spine-provider").orElseThrow().schedule().visits())
        .extracting(Visit::targetDay).containsExactly(0, 91, 182, 365);
    assertThat(impact.randomization().constraintCutoff()).contains(0.1);
  }

  @Test
  void recordsVersionLabelAndStableContentHash() {
    StudyProtocol first = SHIPPED.study("spine-care").orElseThrow();
    StudyProtocol second = ProtocolLoader.loadRoot(ROOT).study("spine-care").orElseThrow();

    assertThat(first.version()).isEqualTo("1.0");
    assertThat(first.contentHash()).hasSize(64).isEqualTo(second.contentHash());
  }
}
