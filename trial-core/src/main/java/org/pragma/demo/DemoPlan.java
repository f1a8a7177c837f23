package org.pragma.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pragma.screening.NewScreening;
import org.pragma.screening.Sex;

/**
 * The synthetic SPINE CARE screening log of the demo trial, deterministic from a seed: for each
 * patient a clinic, a screening date within the given days (up to two years) before "today" (enrollment ramps up over
 * the first months, clinics differ in volume), sex, and the answers to the eligibility questions.
 * About one screened patient in five fails a criterion (too young, pain for too long, elsewhere
 * than the back or neck, an exclusion); the rest are eligible. Nothing here touches a database.
 */
public final class DemoPlan {
  /** Two years of screening before today, as the issue asks for. */
  public static final int TWO_YEARS = 730;

  /** One planned screening. */
  public record PlannedScreening(int site, NewScreening screening, boolean meantEligible) {}

  private DemoPlan() {}

  /**
   * {@code patients} eligible screenings plus the ineligible ones around them, spread over
   * {@code sites} clinics and the {@code days} days before {@code today}, in date order.
   */
  public static List<PlannedScreening> screenings(long seed, int sites, int patients, LocalDate today, int days) {
    if (sites < 1 || patients < 0 || days < 1) {
      throw new IllegalArgumentException("need at least one site and no negative patient count");
    }
    Random random = new Random(seed);
    double[] weight = new double[sites];
    double total = 0;
    for (int s = 0; s < sites; s++) {
      weight[s] = 0.4 + random.nextDouble() * 1.6;
      total += weight[s];
    }
    List<PlannedScreening> planned = new ArrayList<>();
    int eligible = 0;
    while (eligible < patients) {
      int site = pick(random, weight, total);
      // Recruitment ramps up: the square root skews dates towards the more recent part of the two years.
      int daysBack = (int) Math.floor(days * (1 - Math.sqrt(random.nextDouble())));
      LocalDate on = today.minusDays(Math.min(days - 1, daysBack));
      boolean meantEligible = random.nextDouble() >= 0.2;
      planned.add(new PlannedScreening(site, screening(random, on, meantEligible), meantEligible));
      if (meantEligible) {
        eligible++;
      }
    }
    planned.sort(java.util.Comparator.comparing((PlannedScreening p) -> p.screening().screenedOn()));
    return List.copyOf(planned);
  }

  private static int pick(Random random, double[] weight, double total) {
    double r = random.nextDouble() * total;
    for (int s = 0; s < weight.length; s++) {
      r -= weight[s];
      if (r < 0) {
        return s;
      }
    }
    return weight.length - 1;
  }

  private static NewScreening screening(Random random, LocalDate on, boolean eligible) {
    Map<String, Object> a = new LinkedHashMap<>();
    double location = random.nextDouble();
    a.put("pain-location", location < 0.62 ? "low-back" : location < 0.86 ? "neck" : "both");
    a.put("pain-onset-date", on.minusDays(random.nextInt(80)).toString());
    a.put("birth-year", on.getYear() - 20 - random.nextInt(66));
    a.put("spine-pain-present", true);
    a.put("able-to-consent", true);
    for (String no : List.of("pregnant", "disability-or-litigation", "other-trial", "active-cancer",
        "recent-spine-therapy", "recent-spine-procedure", "severe-psychiatric", "red-flags")) {
      a.put(no, false);
    }
    if (!eligible) {
      switch (random.nextInt(6)) {
        case 0 -> a.put("birth-year", on.getYear() - 16);
        case 1 -> a.put("pain-onset-date", on.minusDays(100 + random.nextInt(200)).toString());
        case 2 -> a.put("pain-location", "other");
        case 3 -> a.put("recent-spine-therapy", true);
        case 4 -> a.put("disability-or-litigation", true);
        default -> a.put("able-to-consent", false);
      }
    }
    Sex sex = random.nextDouble() < 0.56 ? Sex.FEMALE : Sex.MALE;
    return new NewScreening(on, sex, a);
  }
}
