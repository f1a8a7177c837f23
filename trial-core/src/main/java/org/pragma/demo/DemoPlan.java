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

  /** Days between the study's registration (clinics registered and opened) and the first screening. */
  public static final int SETUP_DAYS = 21;

  /** The day of the randomization commit, counted from the registration. */
  public static final int RANDOMIZED_AFTER_DAYS = 14;

  /** The day the demo study is registered: {@link #SETUP_DAYS} before the two years of screening that end {@code today}. */
  public static LocalDate setupDay(LocalDate today) {
    return today.minusDays(TWO_YEARS - 1L + SETUP_DAYS);
  }

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

  /** A follow-up visit as it happens: its day after enrollment and the answers given (an instrument left out is missing). */
  public record PlannedVisit(String code, int day, Map<String, Map<String, Object>> instruments) {}

  /** A patient leaving the study: the status, its day after enrollment and the reason as a coordinator would write it. */
  public record PlannedExit(org.pragma.enrollment.PatientStatus status, int day, String reason) {}

  /** What happens to one enrolled patient: the baseline answers, the follow-up visits that take place, and an exit, if any. */
  public record Course(Map<String, Map<String, Object>> baseline, List<PlannedVisit> visits, java.util.Optional<PlannedExit> exit) {}

  /**
   * The course of the {@code index}-th enrolled patient, deterministic from the seed and the index:
   * baseline disability (SBST, ODI for back pain or NDI for neck pain, NPRS); the 3-month visit for
   * about 80 % and the 12-month visit for about 70 % (a tenth of them late, outside the window); a
   * few answered only in part; improvement over time, a little more in the intervention arms;
   * about 3 % withdraw, 5 % are lost to follow-up and 0.6 % die. Visits after an exit do not happen.
   */
  public static Course course(long seed, int index, String painLocation, boolean intervention) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed * 1_000_003L + index);
    boolean neck = "neck".equals(painLocation);
    String disability = neck ? "NDI" : "ODI";
    String item = neck ? "ndi" : "odi";
    int severity = 1 + random.nextInt(4);
    int pain = Math.min(10, 3 + severity + random.nextInt(3));
    Map<String, Map<String, Object>> baseline = new LinkedHashMap<>();
    Map<String, Object> sbst = new LinkedHashMap<>();
    for (int i = 1; i <= 8; i++) {
      sbst.put("sbst" + i, random.nextInt(10) < 2 + severity ? 1 : 0);
    }
    sbst.put("sbst9", Math.min(5, 1 + severity + random.nextInt(2)));
    baseline.put("SBST", sbst);
    baseline.put(disability, items(random, item, severity));
    baseline.put("NPRS", Map.of("nprs1", pain));

    java.util.Optional<PlannedExit> exit = java.util.Optional.empty();
    double leave = random.nextDouble();
    if (leave < 0.03) {
      exit = java.util.Optional.of(new PlannedExit(org.pragma.enrollment.PatientStatus.WITHDRAWN, 5 + random.nextInt(300),
          "Synthetic demo: the patient asked to leave the study."));
    } else if (leave < 0.08) {
      exit = java.util.Optional.of(new PlannedExit(org.pragma.enrollment.PatientStatus.LOST_TO_FOLLOW_UP, 60 + random.nextInt(280),
          "Synthetic demo: no answer to three calls and a letter."));
    } else if (leave < 0.086) {
      exit = java.util.Optional.of(new PlannedExit(org.pragma.enrollment.PatientStatus.DIED, 30 + random.nextInt(330),
          "Synthetic demo: death unrelated to the study, reported by the family."));
    }
    int effect = intervention ? 1 : 0;
    List<PlannedVisit> visits = new ArrayList<>();
    if (random.nextDouble() < 0.8) {
      int day = random.nextDouble() < 0.1 ? 91 + 29 + random.nextInt(20) : 91 - 14 + random.nextInt(43);
      int level = Math.max(0, severity - 1 - (random.nextDouble() < 0.35 ? effect : 0));
      visits.add(followUp(random, "month-3", day, disability, item, level, Math.max(0, pain - 2 - random.nextInt(3) - effect)));
    }
    if (random.nextDouble() < 0.7) {
      int day = random.nextDouble() < 0.1 ? 365 + 61 + random.nextInt(20) : 365 - 30 + random.nextInt(91);
      int level = Math.max(0, severity - 2 - (random.nextDouble() < 0.4 ? effect : 0));
      visits.add(followUp(random, "month-12", day, disability, item, level, Math.max(0, pain - 3 - random.nextInt(3) - effect)));
    }
    int last = exit.map(PlannedExit::day).orElse(Integer.MAX_VALUE);
    return new Course(baseline, visits.stream().filter(v -> v.day() < last).toList(), exit);
  }

  private static PlannedVisit followUp(java.util.SplittableRandom random, String code, int day, String disability, String item, int level,
      int pain) {
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    answers.put(disability, items(random, item, level));
    if (random.nextDouble() >= 0.05) {
      answers.put("NPRS", Map.of("nprs1", pain)); // a few leave the pain rating out: the visit is partial
    }
    return new PlannedVisit(code, day, answers);
  }

  private static Map<String, Object> items(java.util.SplittableRandom random, String prefix, int level) {
    Map<String, Object> items = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      items.put(prefix + i, Math.max(0, Math.min(5, level - 1 + random.nextInt(3))));
    }
    return items;
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
