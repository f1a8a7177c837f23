package org.pragma.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A visit with its status, window, data and the instruments it asks for, as forms and the API show it. */
public record VisitView(String studyId, String code, String name, LocalDate target, LocalDate opens, LocalDate closes,
    VisitStatus status, String statusLabel, PatientVisit.DataState data, LocalDate visitOn, boolean outOfWindow,
    boolean locked, String lockedBy, List<InstrumentData> instruments, int contactAttempts, long version) {

  /** One instrument of the visit: its answers so far and the computed scores. */
  public record InstrumentData(String code, String name, boolean answered, int itemsAnswered, int itemCount,
      boolean scored, Integer total, BigDecimal percent, String riskGroup, String band, Map<String, Object> answers) {}
}
