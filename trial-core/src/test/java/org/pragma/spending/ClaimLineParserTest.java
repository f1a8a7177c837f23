package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pragma.site.imports.RowError;
import org.pragma.site.imports.SiteFileFormat;

class ClaimLineParserTest {
  static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
  static final PatientKey ANN = new PatientKey(1, "SC-001-0001", "001", "ice", LocalDate.of(2026, 1, 10));
  static final PatientLookup LOOKUP = new PatientLookup() {
    @Override
    public Optional<PatientKey> byStudyId(String id) {
      return Optional.ofNullable(Map.of(ANN.studyPatientId(), ANN).get(id));
    }

    @Override
    public Optional<PatientKey> byRecordNumber(String site, String mrn) {
      return site.equals("001") && mrn.equals("MRN-7") ? Optional.of(ANN) : Optional.empty();
    }
  };

  @TempDir Path dir;

  private ClaimLineParser parser(ColumnMapping mapping) {
    return new ClaimLineParser(mapping, LOOKUP, CategoryTable.spineCareDefault(), new SpendingWindow(365), TODAY);
  }

  private List<Object> parse(ClaimLineParser parser, String csv) throws Exception {
    Path file = dir.resolve("claims.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<Object> out = new ArrayList<>(lines(parser, file));
    out.addAll(parser.errors());
    return out;
  }

  /** The valid lines of a CSV file as the parser reads them (its problems stay in the parser). */
  static List<ClaimLine> lines(ClaimLineParser parser, Path file) {
    return lines(parser, file, SiteFileFormat.CSV);
  }

  /** The valid lines of a CSV or XLSX file as the parser reads them (its problems stay in the parser). */
  static List<ClaimLine> lines(ClaimLineParser parser, Path file, SiteFileFormat format) {
    List<ClaimLine> out = new ArrayList<>();
    SpreadsheetRows.read(file, format, new SpreadsheetRows.Handler() {
      @Override
      public void header(List<String> names) {
        parser.header(names);
      }

      @Override
      public void row(long number, List<String> cells) {
        parser.row(number, cells).ifPresent(out::add);
      }
    });
    return out;
  }

  @Test
  void theDefaultHeaderReadsExactAmountsAndClassifiesByCode() throws Exception {
    List<Object> lines = parse(parser(ColumnMapping.standard()),
        "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n"
            + "SC-001-0001,2026-02-01,,72148,1,412.37,300.10,1.48\n"
            + "SC-001-0001,2026-01-09,,99213,1,0.10,0.20,\n");
    assertThat(lines).hasSize(2);
    ClaimLine mri = (ClaimLine) lines.get(0);
    assertThat(mri.category()).isEqualTo(ServiceCategory.IMAGING_MRI);
    assertThat(mri.amount()).isEqualTo(new BigDecimal("412.37"));
    assertThat(mri.spineRelated()).isTrue();
    assertThat(mri.studyDay()).isEqualTo(22);
    ClaimLine visit = (ClaimLine) lines.get(1);
    assertThat(visit.studyDay()).isEqualTo(-1);
    assertThat(visit.category()).isEqualTo(ServiceCategory.PRIMARY_CARE);
    assertThat(visit.amount().add(new BigDecimal("0.20"))).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void everyBadCellIsReportedWithItsRowAndColumn() throws Exception {
    List<Object> out = parse(parser(ColumnMapping.standard()),
        "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n"
            + "SC-999-0001,2026-02-01,,72148,1,10,10,\n"
            + "SC-001-0001,2026-10-16,,72148,1,10,10,\n"
            + "SC-001-0001,2025-01-09,,72148,1,10,10,\n"
            + "SC-001-0001,2026-02-01,dentistry,,1,-5,abc,\n"
            + "SC-001-0001,01/02/2026,,72148,1,,10,\n");
    assertThat(out).containsExactly(
        new RowError(2, "study_id", "No enrolled patient of this study has study ID 'SC-999-0001'."),
        new RowError(3, "service_date", "The service date 2026-10-16 is in the future (today is 2026-10-15)."),
        new RowError(4, "service_date", "The service date 2025-01-09 is before this patient's look-back period, which starts 2025-01-10 (365 days before enrollment)."),
        new RowError(5, "category", "'dentistry' is not a category. Use one of: primary-care, specialist, physical-therapy, chiropractic, imaging-xray, imaging-mri, imaging-ct, injection, surgery, emergency, hospitalization, neurology, behavioral-health, opioid-prescription, other."),
        new RowError(5, "allowed_amount", "The value -5 is negative; a reversal is imported as the corrected file, not as a negative line."),
        new RowError(5, "paid_amount", "'abc' is not a number."),
        new RowError(6, "service_date", "'01/02/2026' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31)."),
        new RowError(6, "allowed_amount", "The amount is empty; write 0 for a line that cost nothing."));
  }

  @Test
  void aFileCategoryWinsOverTheCodeAndAnUnknownCodeIsOther() throws Exception {
    List<Object> out = parse(parser(ColumnMapping.standard()),
        "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu,spine_related\n"
            + "SC-001-0001,2026-02-01,Specialist,99213,1,120,100,,yes\n"
            + "SC-001-0001,2026-02-02,,A9999,2,5,5,,\n");
    ClaimLine specialist = (ClaimLine) out.get(0);
    assertThat(specialist.category()).isEqualTo(ServiceCategory.SPECIALIST);
    assertThat(specialist.spineRelated()).isTrue();
    ClaimLine unknown = (ClaimLine) out.get(1);
    assertThat(unknown.category()).isEqualTo(ServiceCategory.OTHER);
    assertThat(unknown.knownCode()).isFalse();
    assertThat(unknown.units()).isEqualTo(new BigDecimal("2"));
  }

  @Test
  void patientsAreFoundByRecordNumberAndSiteWithoutTheNumberInAnyMessage() throws Exception {
    ColumnMapping byMrn = new ColumnMapping(null, "MRN", "Clinic", "Date of service", null, "CPT", null, null, "Paid", null, null, null, PriceBasis.PAID);
    List<Object> out = parse(parser(byMrn), "MRN;Clinic;Date of service;CPT;Paid\nMRN-7;001;2026-03-01;97110;35.5\nMRN-8;001;2026-03-01;97110;35.5\n");
    assertThat(((ClaimLine) out.get(0)).amount()).isEqualTo(new BigDecimal("35.5"));
    assertThat(((ClaimLine) out.get(0)).category()).isEqualTo(ServiceCategory.PHYSICAL_THERAPY);
    assertThat(out.get(1)).isEqualTo(new RowError(3, "MRN", "No enrolled patient of site '001' has this medical record number."));
  }

  @Test
  void aHeaderWithoutAMappedColumnIsRefusedBeforeAnyRow() {
    assertThatThrownBy(() -> parse(parser(ColumnMapping.standard()), "study_id,date,allowed_amount\nSC-001-0001,2026-02-01,1\n"))
        .isInstanceOf(ClaimsRefusedException.class)
        .extracting(e -> ((ClaimsRefusedException) e).errors().get(0).message()).asString()
        .contains("'service_date' (service date)").contains("'procedure_code'");
  }

  @Test
  void sameLineSameKey() {
    ClaimLine a = new ClaimLine(2, 1, LocalDate.of(2026, 2, 1), 22, ServiceCategory.IMAGING_MRI, "72148", BigDecimal.ONE,
        new BigDecimal("412.370"), new BigDecimal("412.370"), null, null, null, true, true);
    ClaimLine b = new ClaimLine(9, 1, LocalDate.of(2026, 2, 1), 22, ServiceCategory.IMAGING_MRI, "72148", BigDecimal.ONE,
        new BigDecimal("412.37"), new BigDecimal("412.37"), null, null, null, true, true);
    assertThat(a.naturalKey()).isEqualTo(b.naturalKey());
  }
}
