package org.pragma.spending;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spending and utilization of a group of patients (a site, an arm) in one period: mean and median
 * spending (total and spine-related), services per 100 patients by category (100 × services ÷
 * patients), the share of patients with at least one service of a category (e.g. an outpatient
 * opioid prescription), and RVUs. Every patient of the group counts, those without a claim line
 * with zero. Means are exact decimals rounded to cents, half-up.
 */
public record GroupSpending(
    int patients,
    BigDecimal meanTotal,
    BigDecimal medianTotal,
    BigDecimal meanSpine,
    BigDecimal medianSpine,
    BigDecimal meanRvu,
    Map<ServiceCategory, BigDecimal> per100Patients,
    Map<ServiceCategory, BigDecimal> shareWithAny) {

  public static GroupSpending of(Collection<PatientSpending> group) {
    int n = group.size();
    List<PatientSpending> patients = new ArrayList<>(group);
    Map<ServiceCategory, BigDecimal> per100 = new EnumMap<>(ServiceCategory.class);
    Map<ServiceCategory, BigDecimal> share = new EnumMap<>(ServiceCategory.class);
    for (ServiceCategory c : ServiceCategory.values()) {
      long services = patients.stream().mapToLong(p -> p.services(c)).sum();
      long withAny = patients.stream().filter(p -> p.services(c) > 0).count();
      per100.put(c, n == 0 ? null : BigDecimal.valueOf(100 * services).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
      share.put(c, n == 0 ? null : BigDecimal.valueOf(withAny).divide(BigDecimal.valueOf(n), 3, RoundingMode.HALF_UP));
    }
    return new GroupSpending(n,
        mean(patients.stream().map(PatientSpending::total).toList()),
        median(patients.stream().map(PatientSpending::total).toList()),
        mean(patients.stream().map(PatientSpending::spineRelated).toList()),
        median(patients.stream().map(PatientSpending::spineRelated).toList()),
        mean(patients.stream().map(PatientSpending::rvu).toList()),
        per100, share);
  }

  static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }

  static BigDecimal median(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<BigDecimal> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    int n = sorted.size();
    BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    return m.setScale(2, RoundingMode.HALF_UP);
  }
}
