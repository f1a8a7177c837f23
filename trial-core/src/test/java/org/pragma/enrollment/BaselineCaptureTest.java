package org.pragma.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.instrument.Score;
import org.pragma.protocol.ProtocolLoader;
import org.pragma.protocol.ProtocolSet;
import org.pragma.protocol.StudyProtocol;
import org.junit.jupiter.api.Test;

/** Baseline capture and the ICE package against the shipped SPINE CARE protocol and instruments. */
class BaselineCaptureTest {
  private static final ProtocolSet SHIPPED = ProtocolLoader.loadRoot(Path.of("..", "protocols"));
  private static final StudyProtocol SPINE_CARE = SHIPPED.study("spine-care").orElseThrow();
  private static final InstrumentCatalog INSTRUMENTS = SHIPPED.instruments();

  @Test
  void neckPainMeansTheNdiAndNotTheOdi() {
    Map<String, Map<String, Object>> given = Map.of("SBST", sbst(0), "NDI", items("ndi", 10, 1), "NPRS", Map.of("nprs1", 4));

    List<BaselineCapture.Captured> captured = capture(Map.of("pain-location", "neck"), given);

    assertThat(captured).extracting(BaselineCapture.Captured::instrument).containsExactly("SBST", "NDI", "NPRS");
  }

  @Test
  void everyProblemOfEveryInstrumentIsReportedAtOnce() {
    Map<String, Object> odi = items("odi", 10, 1);
    odi.put("odi3", 9);
    Map<String, Map<String, Object>> given = Map.of("ODI", odi, "NDI", items("ndi", 10, 1), "NPRS", Map.of("nprs1", 4));

    assertThatThrownBy(() -> capture(Map.of("pain-location", "low-back"), given))
        .isInstanceOfSatisfying(EnrollmentRefusedException.class, e -> assertThat(e.errors()).extracting("field")
            .contains("baseline.NDI", "baseline.SBST", "baseline.ODI.odi3"));
  }

  @Test
  void theStartBackRiskGroupChoosesTheIcePackage() {
    Map<String, Map<String, Object>> given = Map.of("SBST", sbst(1), "ODI", items("odi", 10, 2), "NPRS", Map.of("nprs1", 4));
    Map<String, Score> scores = new HashMap<>();
    capture(Map.of("pain-location", "low-back"), given).forEach(c -> scores.put(c.instrument(), c.score()));

    InterventionPackage pkg = InterventionPackage.choose(SPINE_CARE.arm("ice").orElseThrow(), scores).orElseThrow();

    assertThat(pkg.reference()).isEqualTo("ice-care:medium-high-risk");
    assertThat(pkg.riskGroup()).isEqualTo("high");
    assertThat(InterventionPackage.choose(SPINE_CARE.arm("usual-care").orElseThrow(), scores)).isEmpty();
  }

  private static List<BaselineCapture.Captured> capture(Map<String, Object> values, Map<String, Map<String, Object>> given) {
    return BaselineCapture.capture(SPINE_CARE.baselineInstruments(), values, given, INSTRUMENTS::score);
  }

  private static Map<String, Object> sbst(int agree) {
    Map<String, Object> items = items("sbst", 8, agree);
    items.put("sbst9", agree == 1 ? 5 : 1);
    return items;
  }

  private static Map<String, Object> items(String prefix, int count, int value) {
    Map<String, Object> items = new HashMap<>();
    for (int i = 1; i <= count; i++) {
      items.put(prefix + i, value);
    }
    return items;
  }
}
