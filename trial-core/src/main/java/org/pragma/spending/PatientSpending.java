package org.pragma.spending;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One patient's spending and utilization in one period (before or after enrollment): total and
 * spine-related spending (exact sums of the source's amounts), RVUs, and services by category. A
 * service is one claim line; a patient with no lines has zeros, not missing values (domain.md §7.3:
 * "keep zeros").
 */
public final class PatientSpending {
  private BigDecimal total = BigDecimal.ZERO;
  private BigDecimal spine = BigDecimal.ZERO;
  private BigDecimal rvu = BigDecimal.ZERO;
  private final Map<ServiceCategory, Long> services = new EnumMap<>(ServiceCategory.class);

  public void add(ClaimLine line) {
    add(line.amount(), line.spineRelated(), line.rvu(), line.category(), 1);
  }

  /** Adds a sum of {@code count} lines of one category and spine flag (as a database aggregate returns them). */
  public void add(BigDecimal amount, boolean spineRelated, BigDecimal rvus, ServiceCategory category, long count) {
    BigDecimal a = amount == null ? BigDecimal.ZERO : amount;
    total = total.add(a);
    if (spineRelated) {
      spine = spine.add(a);
    }
    if (rvus != null) {
      rvu = rvu.add(rvus);
    }
    services.merge(category, count, Long::sum);
  }

  public BigDecimal total() {
    return total;
  }

  public BigDecimal spineRelated() {
    return spine;
  }

  public BigDecimal rvu() {
    return rvu;
  }

  public long services(ServiceCategory category) {
    return services.getOrDefault(category, 0L);
  }

  public Map<ServiceCategory, Long> services() {
    Map<ServiceCategory, Long> all = new EnumMap<>(ServiceCategory.class);
    for (ServiceCategory c : ServiceCategory.values()) {
      all.put(c, services(c));
    }
    return all;
  }
}
