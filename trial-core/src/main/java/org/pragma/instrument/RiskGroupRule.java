package org.pragma.instrument;

import java.util.Map;
import java.util.Optional;

/**
 * One line of a risk-group algorithm: the group applies when the basis ({@code total} or a subscale code)
 * lies within {@code [min, max]} (either bound may be absent). Rules are tried in order; the first match
 * wins, as in the STarT Back algorithm of Hill et al. 2008.
 */
public record RiskGroupRule(String group, String basis, Optional<Integer> min, Optional<Integer> max) {

  public static final String TOTAL = "total";

  boolean matches(int total, Map<String, Integer> subscales) {
    Integer value = TOTAL.equals(basis) ? Integer.valueOf(total) : subscales.get(basis);
    return value != null && min.map(m -> value >= m).orElse(true) && max.map(m -> value <= m).orElse(true);
  }
}
