package org.pragma.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPlanTest {
  static final LocalDate TODAY = LocalDate.of(2026, 10, 14);

  @Test
  void theSameSeedGivesTheSameScreeningLog() {
    assertEquals(DemoPlan.screenings(7, 33, 3000, TODAY, DemoPlan.TWO_YEARS), DemoPlan.screenings(7, 33, 3000, TODAY, DemoPlan.TWO_YEARS));
    assertNotEquals(DemoPlan.screenings(7, 33, 300, TODAY, DemoPlan.TWO_YEARS), DemoPlan.screenings(8, 33, 300, TODAY, DemoPlan.TWO_YEARS));
  }

  @Test
  void plansTheAskedNumberOfEligiblePatientsOverTwoYearsAtEveryClinic() {
    List<DemoPlan.PlannedScreening> plan = DemoPlan.screenings(1, 33, 3000, TODAY, DemoPlan.TWO_YEARS);
    assertEquals(3000, plan.stream().filter(DemoPlan.PlannedScreening::meantEligible).count());
    long ineligible = plan.size() - 3000;
    assertTrue(ineligible > 500 && ineligible < 1100, "about one in five screened is ineligible: " + ineligible);
    assertTrue(plan.stream().allMatch(p -> !p.screening().screenedOn().isAfter(TODAY)
        && p.screening().screenedOn().isAfter(TODAY.minusDays(DemoPlan.TWO_YEARS))));
    assertEquals(33, plan.stream().mapToInt(DemoPlan.PlannedScreening::site).distinct().count());
    for (int i = 1; i < plan.size(); i++) {
      assertTrue(!plan.get(i).screening().screenedOn().isBefore(plan.get(i - 1).screening().screenedOn()), "in date order");
    }
  }
}
