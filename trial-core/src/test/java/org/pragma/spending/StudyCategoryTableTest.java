package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.ProtocolLoader;
import org.pragma.protocol.StudyLoad;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.validation.ValidationError;

/** A study's own claims-categories.csv is a protocol file: versioned with it, checked when it loads, used for its claims. */
class StudyCategoryTableTest {
  static final Path ROOT = Path.of("..", "protocols");

  @TempDir Path dir;

  private StudyLoad load(String table) throws Exception {
    return load(table, "");
  }

  private StudyLoad load(String table, String studyFileAddition) throws Exception {
    Path study = Files.createTempDirectory(dir, "study").resolve("spine-care");
    Files.createDirectories(study.resolve("arms"));
    Files.writeString(study.resolve("study.yaml"),
        Files.readString(ROOT.resolve("spine-care/study.yaml")) + studyFileAddition, StandardCharsets.UTF_8);
    try (var arms = Files.list(ROOT.resolve("spine-care/arms"))) {
      for (Path arm : arms.toList()) {
        Files.copy(arm, study.resolve("arms").resolve(arm.getFileName()));
      }
    }
    if (table != null) {
      Files.writeString(study.resolve(ProtocolLoader.CLAIMS_CATEGORIES), table, StandardCharsets.UTF_8);
    }
    InstrumentCatalog catalog = InstrumentCatalog.load(ROOT.resolve("instruments")).catalog();
    return new ProtocolLoader(catalog).loadStudy(study);
  }

  @Test
  void theLookBackIsTheStudysOwnOr365Days() throws Exception {
    assertThat(((StudyLoad.Loaded) load(null)).protocol().spending()).isEqualTo(new SpendingWindow(365));
    StudyProtocol half = ((StudyLoad.Loaded) load(null, "spending: { lookBackDays: 182 }\n")).protocol();
    assertThat(half.spending().periodOf(-182)).contains(SpendingWindow.Period.BEFORE);
    assertThat(half.spending().periodOf(-183)).isEmpty();
  }

  @Test
  void aLookBackOutsideItsRangeRefusesTheStudy() throws Exception {
    StudyLoad load = load(null, "spending: { lookBackDays: -1 }\n");
    assertThat(load).isInstanceOf(StudyLoad.Rejected.class);
    assertThat(((StudyLoad.Rejected) load).errors()).anySatisfy(e -> assertThat(e.toString()).contains("lookBackDays"));
  }

  @Test
  void aStudyWithoutATableUsesTheSpineCareDefault() throws Exception {
    StudyProtocol protocol = ((StudyLoad.Loaded) load(null)).protocol();
    assertThat(CategoryTables.of(protocol).classify("72148").category()).isEqualTo(ServiceCategory.IMAGING_MRI);
  }

  @Test
  void aStudysOwnTableDecidesAndChangesTheProtocolVersion() throws Exception {
    StudyProtocol plain = ((StudyLoad.Loaded) load(null)).protocol();
    StudyProtocol own = ((StudyLoad.Loaded) load("from,to,category,spine_related\n72148,72148,imaging-ct,no\n")).protocol();
    assertThat(CategoryTables.of(own).classify("72148")).isEqualTo(new CategoryTable.Match(ServiceCategory.IMAGING_CT, false, true));
    assertThat(CategoryTables.of(own).classify("63030").known()).isFalse();
    assertThat(own.contentHash()).isNotEqualTo(plain.contentHash());
    assertThat(own.files()).containsKey("spine-care/" + ProtocolLoader.CLAIMS_CATEGORIES);
  }

  @Test
  void aBadTableRefusesTheStudyWithTheLine() throws Exception {
    StudyLoad load = load("from,to,category,spine_related\n72148,72148,dentistry,no\n");
    assertThat(load).isInstanceOf(StudyLoad.Rejected.class);
    List<ValidationError> errors = ((StudyLoad.Rejected) load).errors();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("spine-care/claims-categories.csv");
      assertThat(e.message()).contains("line 2", "dentistry");
    });
  }
}
