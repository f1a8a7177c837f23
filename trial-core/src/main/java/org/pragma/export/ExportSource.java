package org.pragma.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.enrollment.PatientStatus;

/**
 * The study's data as the export reads it: streamed in patient order with a database cursor, never
 * a whole dataset in memory. Implemented with JDBC in {@code export.jpa}.
 */
public interface ExportSource {

  /** The time of the study's last recorded change (its audit trail), exports excluded. */
  Optional<Instant> lastChange(String studyCode);

  /** Patients per protocol version label. */
  Map<String, Long> protocolVersions(long studyId);

  long patientCount(long studyId);

  long screeningCount(long studyId);

  List<SiteFacts> sites(long studyId);

  /** Every patient in id order with their visits (with responses) and claim sums by day. */
  void patients(long studyId, PatientHandler handler) throws IOException;

  /** Every screening in date order. */
  void screenings(long studyId, ScreeningHandler handler) throws IOException;

  interface PatientHandler {
    void patient(PatientFacts patient, List<VisitFacts> visits, List<ClaimFacts> claims) throws IOException;
  }

  interface ScreeningHandler {
    void screening(ScreeningFacts screening) throws IOException;
  }

  record PatientFacts(long id, String studyId, String site, String arm, String interventionPackage, String riskGroup,
      String protocolVersion, LocalDate enrolledOn, PatientStatus status, LocalDate statusOn, Integer age, String sex,
      String painLocation) {}

  record VisitFacts(String code, LocalDate opensOn, LocalDate targetOn, LocalDate closesOn, LocalDate remindOn,
      boolean complete, LocalDate visitOn, List<ResponseFacts> responses) {}

  record ResponseFacts(String instrument, boolean scored, Integer total, BigDecimal percent, BigDecimal tScore,
      String answersJson) {
    /** The instrument's reported score: the T-score (PROMIS), else the percent (ODI, NDI), else the total. */
    public Optional<BigDecimal> reported() {
      return org.pragma.followup.ReportedScore.of(scored, total, percent, tScore);
    }
  }

  record ClaimFacts(String category, boolean spineRelated, int studyDay, long services, BigDecimal amount) {}

  record SiteFacts(String code, String arm, String stratum, Integer wave, Map<String, String> covariates,
      long screened, long eligible, long enrolled) {}

  record ScreeningFacts(String site, String arm, LocalDate screenedOn, Integer age, String sex, String painLocation,
      boolean eligible, boolean enrolled, String failedJson) {}
}
