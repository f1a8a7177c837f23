package org.pragma.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pragma.enrollment.PatientStatus;
import org.pragma.export.ExportSource.ClaimFacts;
import org.pragma.export.ExportSource.PatientFacts;
import org.pragma.export.ExportSource.ResponseFacts;
import org.pragma.export.ExportSource.ScreeningFacts;
import org.pragma.export.ExportSource.SiteFacts;
import org.pragma.export.ExportSource.VisitFacts;
import org.pragma.exports.AnalysisExport;
import org.pragma.exports.Dataset;
import org.pragma.exports.Format;
import org.pragma.exports.ManifestFacts;
import org.pragma.exports.Missing;
import org.pragma.exports.RowSink;
import org.pragma.protocol.ProtocolLoader;
import org.pragma.protocol.StudyProtocol;

/** The export's rows for the spine-care protocol, on fixed dates. */
class ExportRowsTest {
  static final StudyProtocol SPINE = ProtocolLoader.loadRoot(Path.of("..", "protocols")).study("spine-care").orElseThrow();
  static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);
  static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
  static final SiteFacts SITE = new SiteFacts("S01", "ice", "urban", 1, Map.of(), 4, 3, 2);

  @TempDir Path temp;

  static VisitFacts visit(String code, int target, int before, int after, LocalDate on, ResponseFacts... responses) {
    return new VisitFacts(code, ENROLLED.plusDays(target - before), ENROLLED.plusDays(target), ENROLLED.plusDays(target + after),
        ENROLLED.plusDays(target - 7), on != null, on, List.of(responses));
  }

  static ResponseFacts odi(String percent) {
    return new ResponseFacts("ODI", percent != null, null, percent == null ? null : new BigDecimal(percent), null,
        "{\"odi1\":2,\"odi2\":null}");
  }

  static PatientFacts patient(PatientStatus status, LocalDate statusOn, Integer age) {
    return new PatientFacts(1, "SC-S01-0001", "S01", "ice", "ice-care:low-risk", "low", "1.0", ENROLLED, status, statusOn,
        age, "FEMALE", "low-back");
  }

  private Map<String, Object> byName(Dataset dataset, Object[] row) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < dataset.width(); i++) {
      values.put(dataset.variables().get(i).name(), row[i]);
    }
    assertThat(row).hasSize(dataset.width());
    return values;
  }

  @Test
  void aPatientRowCarriesScoresChangesWindowsAndSpendingWithReasonsForEveryGap() {
    ExportDatasets datasets = new ExportDatasets(SPINE, false);
    ExportRows rows = new ExportRows(datasets, TODAY, List.of(SITE));
    List<VisitFacts> visits = List.of(
        visit("baseline", 0, 0, 7, ENROLLED, odi("40.0")),
        visit("month-3", 91, 14, 28, ENROLLED.plusDays(130), odi("30.0")), // out of window (closes day 119)
        visit("month-12", 365, 30, 60, null));
    List<ClaimFacts> claims = List.of(
        new ClaimFacts("IMAGING_MRI", true, 0, 1, new BigDecimal("500.00")),
        new ClaimFacts("IMAGING_MRI", true, 364, 1, new BigDecimal("400.00")),
        new ClaimFacts("SURGERY", true, 365, 1, new BigDecimal("9000.00")),
        new ClaimFacts("PRIMARY_CARE", false, -1, 2, new BigDecimal("150.00")),
        new ClaimFacts("PRIMARY_CARE", false, 10, 1, new BigDecimal("75.50")));
    Map<String, Object> row = byName(datasets.patients(), rows.patient(patient(PatientStatus.ENROLLED, null, 93), visits, claims));
    assertThat(row).containsEntry("age", 90).containsEntry("sex", "female").containsEntry("status_day", Missing.NOT_APPLICABLE)
        .containsEntry("odi_baseline", new BigDecimal("40.0")).containsEntry("odi_month_3", new BigDecimal("30.0"))
        .containsEntry("odi_change_month_3", new BigDecimal("-10.0"))
        .containsEntry("day_month_3", 130).containsEntry("in_window_month_3", 0)
        .containsEntry("completion_month_3", "completed_out_of_window")
        .containsEntry("odi_month_12", Missing.NOT_DUE).containsEntry("odi_change_month_12", Missing.NOT_DUE)
        .containsEntry("completion_month_12", "pending")
        .containsEntry("ndi_baseline", Missing.NOT_APPLICABLE)
        .containsEntry("spending_12m_total", new BigDecimal("975.50"))
        .containsEntry("spending_12m_spine", new BigDecimal("900.00"))
        .containsEntry("n_imaging_mri_12m", 2L).containsEntry("n_surgery_12m", 0L).containsEntry("n_primary_care_12m", 1L);
    assertThat(row.keySet()).noneMatch(name -> name.contains("enrolled_on") || name.startsWith("date_"));
  }

  @Test
  void aWithdrawnPatientsLaterVisitsAreMissingAsWithdrawnAndUnscoredAsItemNonResponse() {
    ExportDatasets datasets = new ExportDatasets(SPINE, false);
    ExportRows rows = new ExportRows(datasets, TODAY, List.of(SITE));
    List<VisitFacts> visits = List.of(
        visit("baseline", 0, 0, 7, ENROLLED, odi(null)),
        visit("month-3", 91, 14, 28, null),
        visit("month-12", 365, 30, 60, null));
    Map<String, Object> row = byName(datasets.patients(),
        rows.patient(patient(PatientStatus.WITHDRAWN, ENROLLED.plusDays(40), 50), visits, List.of()));
    assertThat(row).containsEntry("status", "withdrawn").containsEntry("status_day", 40)
        .containsEntry("odi_baseline", Missing.ITEM_NONRESPONSE)
        .containsEntry("odi_month_3", Missing.WITHDRAWN).containsEntry("completion_month_3", "cancelled")
        .containsEntry("odi_change_month_3", Missing.WITHDRAWN);
  }

  @Test
  void aMissedVisitIsMissedOnceItsWindowClosed() {
    ExportDatasets datasets = new ExportDatasets(SPINE, false);
    ExportRows rows = new ExportRows(datasets, ENROLLED.plusDays(200), List.of(SITE));
    List<VisitFacts> visits = List.of(visit("baseline", 0, 0, 7, ENROLLED, odi("20.0")), visit("month-3", 91, 14, 28, null),
        visit("month-12", 365, 30, 60, null));
    Map<String, Object> row = byName(datasets.patients(), rows.patient(patient(PatientStatus.ENROLLED, null, 40), visits, List.of()));
    assertThat(row).containsEntry("odi_month_3", Missing.MISSED).containsEntry("day_month_3", Missing.MISSED)
        .containsEntry("completion_month_3", "missed").containsEntry("odi_month_12", Missing.NOT_DUE);
  }

  @Test
  void utilizationHasEveryCategoryAndPeriodWithTheWindowEdges() throws IOException {
    ExportDatasets datasets = new ExportDatasets(SPINE, false);
    ExportRows rows = new ExportRows(datasets, TODAY, List.of(SITE));
    List<Object[]> written = new ArrayList<>();
    rows.utilization(patient(PatientStatus.ENROLLED, null, 40), List.of(
        new ClaimFacts("SURGERY", true, -365, 1, new BigDecimal("100")),
        new ClaimFacts("SURGERY", true, -366, 1, new BigDecimal("1000")),
        new ClaimFacts("SURGERY", true, 364, 2, new BigDecimal("50"))), collect(written));
    assertThat(written).hasSize(2 * org.pragma.spending.ServiceCategory.values().length);
    assertThat(written).anySatisfy(r -> assertThat(r).containsExactly("SC-S01-0001", "S01", "ice", "surgery", "before", 1L,
        new BigDecimal("100"), new BigDecimal("100")));
    assertThat(written).anySatisfy(r -> assertThat(r).containsExactly("SC-S01-0001", "S01", "ice", "surgery", "after", 2L,
        new BigDecimal("50"), new BigDecimal("50")));
  }

  @Test
  void everyDatasetWritesThroughTheCheckedWritersAndALimitedDatasetAddsDates() throws IOException {
    for (boolean actual : new boolean[] {false, true}) {
      ExportDatasets datasets = new ExportDatasets(SPINE, actual);
      ExportRows rows = new ExportRows(datasets, TODAY, List.of(SITE));
      PatientFacts p = patient(PatientStatus.ENROLLED, null, 40);
      List<VisitFacts> visits = List.of(visit("baseline", 0, 0, 7, ENROLLED, odi("40.0")), visit("month-3", 91, 14, 28, null));
      ScreeningFacts screening = new ScreeningFacts("S01", "ice", ENROLLED, 40, "MALE", "neck", false, false,
          "[{\"code\":\"" + SPINE.eligibility().criteria().get(0).code() + "\",\"kind\":\"inclusion\",\"reason\":\"x\"}]");
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      try (AnalysisExport export = AnalysisExport.start(temp.resolve("w" + actual), EnumSet.of(Format.CSV), Instant.EPOCH)) {
        try (RowSink s = export.dataset(datasets.patients())) {
          s.row(rows.patient(p, visits, List.of()));
        }
        try (RowSink s = export.dataset(datasets.visits())) {
          rows.visits(p, visits, s);
          assertThat(s.rows()).isEqualTo(2);
        }
        try (RowSink s = export.dataset(datasets.sites())) {
          s.row(rows.site(SITE));
        }
        try (RowSink s = export.dataset(datasets.screening())) {
          Object[] row = rows.screening(screening, ENROLLED.minusDays(3));
          assertThat(row[2]).isEqualTo(3);
          assertThat(row).endsWith(ExportRowsTest.failedFlags(1));
          s.row(row);
        }
        export.finish(new ManifestFacts("spine-care", Instant.EPOCH, TODAY, "test", actual, Map.of(), Map.of()), zip);
      }
      assertThat(datasets.patients().variables()).anyMatch(v -> v.name().equals("enrolled_on") == actual);
      assertThat(zip.toString(StandardCharsets.ISO_8859_1)).contains("patients.csv");
    }
  }

  static Object[] failedFlags(int first) {
    Object[] flags = new Object[SPINE.eligibility().criteria().size()];
    java.util.Arrays.fill(flags, 0);
    flags[0] = first;
    return flags;
  }

  private static RowSink collect(List<Object[]> rows) {
    return new RowSink() {
      @Override
      public void row(Object... values) {
        rows.add(values.clone());
      }

      @Override
      public long rows() {
        return rows.size();
      }

      @Override
      public void close() {}
    };
  }
}
