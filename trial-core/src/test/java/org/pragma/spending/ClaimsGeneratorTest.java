package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsGeneratorTest {
  static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
  static final List<ClaimsGenerator.Patient> PATIENTS = List.of(
      new ClaimsGenerator.Patient("SC-001-0001", LocalDate.of(2026, 1, 10)),
      new ClaimsGenerator.Patient("SC-001-0002", LocalDate.of(2026, 9, 1)));

  @TempDir Path dir;

  private static String generate(long seed) {
    StringWriter out = new StringWriter();
    ClaimsGenerator.write(out, PATIENTS, 2000, seed, TODAY);
    return out.toString();
  }

  @Test
  void theSameSeedWritesTheSameFile() {
    assertThat(generate(7)).isEqualTo(generate(7)).isNotEqualTo(generate(8));
  }

  @Test
  void everyGeneratedLineImportsCleanlyWithTheDefaultMapping() throws Exception {
    Path file = Files.writeString(dir.resolve("claims.csv"), generate(42));
    PatientLookup lookup = new PatientLookup() {
      final Map<String, PatientKey> keys = Map.of(
          "SC-001-0001", new PatientKey(1, "SC-001-0001", "001", "ice", LocalDate.of(2026, 1, 10)),
          "SC-001-0002", new PatientKey(2, "SC-001-0002", "001", "ice", LocalDate.of(2026, 9, 1)));

      @Override
      public Optional<PatientKey> byStudyId(String id) {
        return Optional.ofNullable(keys.get(id));
      }

      @Override
      public Optional<PatientKey> byRecordNumber(String site, String mrn) {
        return Optional.empty();
      }
    };
    ClaimLineParser parser = new ClaimLineParser(ColumnMapping.standard(), lookup, CategoryTable.spineCareDefault(),
        new SpendingWindow(365), TODAY);
    List<ClaimLine> lines = ClaimLineParserTest.lines(parser, file);
    assertThat(parser.errors()).isEmpty();
    assertThat(lines).hasSize(2000);
    assertThat(lines).extracting(ClaimLine::category).contains(ServiceCategory.IMAGING_MRI, ServiceCategory.OPIOID_PRESCRIPTION,
        ServiceCategory.PHYSICAL_THERAPY, ServiceCategory.EMERGENCY, ServiceCategory.SURGERY);
    assertThat(lines).allMatch(l -> l.studyDay() >= -365 && l.studyDay() <= 364 && !l.serviceDate().isAfter(TODAY));
  }
}
