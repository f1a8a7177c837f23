package org.pragma.spending;

import java.math.BigDecimal;
import java.util.Map;

/** One patient's spending in one period, as reports show it: exact sums and services by category. */
public record SpendingFigures(BigDecimal total, BigDecimal spineRelated, BigDecimal rvu, Map<ServiceCategory, Long> services) {
  public static SpendingFigures of(PatientSpending s) {
    return new SpendingFigures(Money.of(s.total()), Money.of(s.spineRelated()), s.rvu().stripTrailingZeros(), s.services());
  }
}
