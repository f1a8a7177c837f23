package org.pragma.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pragma.followup.PatientVisit;

/**
 * A patient as their page and the REST API show them. {@code identifiers} is null unless the caller
 * works at the patient's site or is an admin.
 */
public record PatientRecord(String studyId, String study, String site, String arm, String armName, PatientStatus status,
    LocalDate statusOn, String statusReason, LocalDate enrolledOn, String enrolledBy, String protocolVersion,
    ConsentRecord consent, InterventionPackage interventionPackage, long screeningId, boolean unreachable,
    List<VisitRecord> visits, Identifiers identifiers) {

  /** A visit of the schedule with the data entered so far. */
  public record VisitRecord(String code, String name, LocalDate target, LocalDate opens, LocalDate closes,
      PatientVisit.DataState data, LocalDate visitOn, boolean outOfWindow, boolean locked, List<ResponseRecord> responses) {}

  /**
   * One instrument's answers and scores.
   *
   * @param tScore PROMIS T-score (one decimal), with {@code tScoreSe} its standard error; the raw sum is total
   * @param score the main score as people read it, e.g. "T 58.6 (SE 1.5) · raw 15"
   */
  public record ResponseRecord(String instrument, String instrumentVersion, int itemsAnswered, int itemCount,
      boolean scored, Integer total, BigDecimal percent, BigDecimal tScore, BigDecimal tScoreSe, String score,
      String riskGroup, String band, Map<String, Object> answers) {}
}
