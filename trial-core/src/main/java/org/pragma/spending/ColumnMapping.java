package org.pragma.spending;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a data source's files holds what, by header name (case and surrounding spaces
 * ignored). The patient is found either by {@code studyId} or by {@code recordNumber} together with
 * {@code site}; one of the two must be mapped. Unmapped optional columns are read as absent.
 *
 * @param priceBasis which amount {@code amount} is: the source's spending figure
 */
public record ColumnMapping(
    String studyId,
    String recordNumber,
    String site,
    String serviceDate,
    String category,
    String procedureCode,
    String units,
    String allowedAmount,
    String paidAmount,
    String standardizedAmount,
    String rvu,
    String spineRelated,
    PriceBasis priceBasis) {

  public ColumnMapping {
    studyId = blankToNull(studyId);
    recordNumber = blankToNull(recordNumber);
    site = blankToNull(site);
    serviceDate = blankToNull(serviceDate);
    category = blankToNull(category);
    procedureCode = blankToNull(procedureCode);
    units = blankToNull(units);
    allowedAmount = blankToNull(allowedAmount);
    paidAmount = blankToNull(paidAmount);
    standardizedAmount = blankToNull(standardizedAmount);
    rvu = blankToNull(rvu);
    spineRelated = blankToNull(spineRelated);
    if (priceBasis == null) {
      priceBasis = PriceBasis.ALLOWED;
    }
  }

  /** The default: {@code study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu}. */
  public static ColumnMapping standard() {
    return new ColumnMapping("study_id", null, null, "service_date", "category", "procedure_code", "units",
        "allowed_amount", "paid_amount", null, "rvu", "spine_related", PriceBasis.ALLOWED);
  }

  /** What is wrong with this mapping for a file, in words; empty when it can be used. */
  public Optional<String> problem() {
    if (studyId == null && (recordNumber == null || site == null)) {
      return Optional.of("Map the study ID column, or both the medical record number and the site columns, to find each line's patient.");
    }
    if (serviceDate == null) {
      return Optional.of("Map the service date column.");
    }
    if (category == null && procedureCode == null) {
      return Optional.of("Map the category column or the procedure code column (or both).");
    }
    if (amountColumn() == null) {
      return Optional.of("Map the " + label(priceBasis) + " amount column: the source's price basis is " + label(priceBasis) + ".");
    }
    return Optional.empty();
  }

  /** The column that holds the amount spending is summed from, given the source's price basis. */
  public String amountColumn() {
    return switch (priceBasis) {
      case ALLOWED -> allowedAmount;
      case PAID -> paidAmount;
      case STANDARDIZED -> standardizedAmount;
    };
  }

  /** Field → header, for every mapped field, in file order of importance (for pages and the error report). */
  public Map<String, String> mapped() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "Study ID", studyId);
    put(m, "Medical record number", recordNumber);
    put(m, "Site", site);
    put(m, "Service date", serviceDate);
    put(m, "Category", category);
    put(m, "Procedure code", procedureCode);
    put(m, "Units", units);
    put(m, "Allowed amount", allowedAmount);
    put(m, "Paid amount", paidAmount);
    put(m, "Standardized amount", standardizedAmount);
    put(m, "RVU", rvu);
    put(m, "Spine-related", spineRelated);
    return m;
  }

  private static void put(Map<String, String> m, String field, String header) {
    if (header != null) {
      m.put(field, header);
    }
  }

  private static String label(PriceBasis basis) {
    return basis.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
