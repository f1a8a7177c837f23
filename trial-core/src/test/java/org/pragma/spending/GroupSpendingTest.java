package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupSpendingTest {
  private static PatientSpending patient(String amount, ServiceCategory category, int services, boolean spine) {
    PatientSpending p = new PatientSpending();
    if (services > 0) {
      p.add(new BigDecimal(amount), spine, null, category, services);
    }
    return p;
  }

  @Test
  void patientsWithoutClaimsCountAsZeros() {
    GroupSpending g = GroupSpending.of(List.of(
        patient("100.10", ServiceCategory.OPIOID_PRESCRIPTION, 2, false),
        patient("0", ServiceCategory.OTHER, 0, false),
        patient("1000.00", ServiceCategory.IMAGING_MRI, 1, true)));
    assertThat(g.patients()).isEqualTo(3);
    assertThat(g.meanTotal()).isEqualTo(new BigDecimal("366.70"));
    assertThat(g.medianTotal()).isEqualTo(new BigDecimal("100.10"));
    assertThat(g.meanSpine()).isEqualTo(new BigDecimal("333.33"));
    assertThat(g.per100Patients().get(ServiceCategory.OPIOID_PRESCRIPTION)).isEqualTo(new BigDecimal("66.7"));
    assertThat(g.shareWithAny().get(ServiceCategory.OPIOID_PRESCRIPTION)).isEqualTo(new BigDecimal("0.333"));
    assertThat(g.per100Patients().get(ServiceCategory.SURGERY)).isEqualTo(new BigDecimal("0.0"));
  }

  @Test
  void anEvenGroupsMedianIsTheMeanOfTheMiddleTwo() {
    GroupSpending g = GroupSpending.of(List.of(
        patient("10.01", ServiceCategory.OTHER, 1, false), patient("20.02", ServiceCategory.OTHER, 1, false)));
    assertThat(g.medianTotal()).isEqualTo(new BigDecimal("15.02"));
  }

  @Test
  void anEmptyGroupHasNoMean() {
    assertThat(GroupSpending.of(List.of()).meanTotal()).isNull();
  }
}
