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

  @Test
  void patientsCoursesAreDeterministicWithMissingLateAndLeavingPatients() {
    assertEquals(DemoPlan.course(7, 12, "low-back", true), DemoPlan.course(7, 12, "low-back", true));
    int month3 = 0;
    int month12 = 0;
    int late = 0;
    int partial = 0;
    int exits = 0;
    for (int i = 0; i < 3000; i++) {
      DemoPlan.Course c = DemoPlan.course(7, i, i % 3 == 0 ? "neck" : "low-back", i % 2 == 0);
      assertTrue(c.baseline().containsKey(i % 3 == 0 ? "NDI" : "ODI") && c.baseline().containsKey("SBST") && c.baseline().containsKey("NPRS"));
      for (DemoPlan.PlannedVisit v : c.visits()) {
        if (v.code().equals("month-3")) {
          month3++;
          late += v.day() > 91 + 28 ? 1 : 0;
          assertTrue(v.day() >= 91 - 14, "never before the window opens");
        } else {
          month12++;
          late += v.day() > 365 + 60 ? 1 : 0;
        }
        partial += v.instruments().containsKey("NPRS") ? 0 : 1;
        assertTrue(c.exit().isEmpty() || v.day() < c.exit().get().day(), "no visit after the patient left");
      }
      exits += c.exit().isPresent() ? 1 : 0;
    }
    assertTrue(month3 > 2200 && month3 < 2600, "about 80 % come at 3 months: " + month3);
    assertTrue(month12 > 1800 && month12 < 2200, "about 70 % at 12 months: " + month12);
    assertTrue(late > 200 && late < 600, "a tenth late: " + late);
    assertTrue(partial > 100 && partial < 400, "a few partial: " + partial);
    assertTrue(exits > 150 && exits < 350, "withdrawn, lost or died: " + exits);
  }
}
