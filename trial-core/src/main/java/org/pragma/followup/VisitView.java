package org.pragma.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A visit with its status, window, data and the instruments it asks for, as forms and the API show it. */
public record VisitView(String studyId, String code, String name, LocalDate target, LocalDate opens, LocalDate closes,
    VisitStatus status, String statusLabel, PatientVisit.DataState data, LocalDate visitOn, boolean outOfWindow,
    boolean locked, String lockedBy, List<InstrumentData> instruments, int contactAttempts, long version) {

  /**
   * One instrument of the visit: its answers so far and the computed scores.
   *
   * @param tScore PROMIS T-score (one decimal), with {@code tScoreSe} its standard error; the raw sum is total
   * @param score the main score as people read it, e.g. "T 58.6 (SE 1.5) · raw 15"
   */
  public record InstrumentData(String code, String name, boolean answered, int itemsAnswered, int itemCount,
      boolean scored, Integer total, BigDecimal percent, BigDecimal tScore, BigDecimal tScoreSe, String score,
      String riskGroup, String band, Map<String, Object> answers) {}
}
