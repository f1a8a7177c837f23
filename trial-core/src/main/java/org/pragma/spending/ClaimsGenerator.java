package org.pragma.spending;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic claims for demos, tests and benchmarks, deterministic from a seed: each line belongs to
 * one of the given patients, falls in the patient's look-back or 12-month window (never after
 * today), and has a plausible category mix (many visits and therapy sessions, few MRIs and
 * surgeries), procedure code, units and a right-skewed allowed amount (log-normal, as claims
 * spending is). Written in the default column layout, so it imports without a mapping.
 */
public final class ClaimsGenerator {
  /** One kind of service: its weight in the mix, a code, a typical (median) allowed amount and spread. */
  private record Service(int weight, String code, double median, double sigma, String rvu) {}

  private static final List<Service> MIX = List.of(
      new Service(30, "99213", 110, 0.3, "1.30"),
      new Service(20, "97110", 45, 0.3, "0.45"),
      new Service(8, "97140", 40, 0.3, "0.43"),
      new Service(8, "98941", 55, 0.3, "0.55"),
      new Service(5, "72100", 60, 0.4, "0.90"),
      new Service(3, "72148", 450, 0.5, "1.48"),
      new Service(1, "72131", 300, 0.5, "1.00"),
      new Service(4, "64483", 700, 0.5, "3.60"),
      new Service(2, "99284", 900, 0.7, "3.80"),
      new Service(1, "63030", 9000, 0.6, "22.00"),
      new Service(3, "99446", 80, 0.3, "0.70"),
      new Service(6, "J1030", 25, 0.4, ""),
      new Service(9, "", 0, 0, ""));

  private static final int TOTAL_WEIGHT = MIX.stream().mapToInt(Service::weight).sum();

  /** A patient claims are made for. */
  public record Patient(String studyId, LocalDate enrolledOn) {}

  private ClaimsGenerator() {}

  /**
   * Writes {@code lines} claim lines (plus the header) for the patients, round-robin, service dates
   * spread over each patient's look-back and follow-up windows up to {@code today}.
   */
  public static void write(Writer out, List<Patient> patients, long lines, long seed, LocalDate today) {
    SplittableRandom random = new SplittableRandom(seed);
    try {
      out.write("study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n");
      StringBuilder line = new StringBuilder(96);
      for (long i = 0; i < lines; i++) {
        Patient p = patients.get((int) (i % patients.size()));
        LocalDate earliest = p.enrolledOn().minusDays(SpendingWindow.DEFAULT_LOOK_BACK_DAYS);
        LocalDate latest = min(today, p.enrolledOn().plusDays(SpendingWindow.FOLLOW_UP_DAYS - 1));
        long span = latest.toEpochDay() - earliest.toEpochDay();
        LocalDate date = earliest.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
        Service s = pick(random);
        line.setLength(0);
        line.append(p.studyId()).append(',').append(date).append(',');
        BigDecimal allowed;
        if (s.code().isEmpty()) {
          line.append("opioid-prescription,,");
          allowed = amount(random, 18, 0.6);
        } else {
          line.append(',').append(s.code()).append(',');
          allowed = amount(random, s.median(), s.sigma());
        }
        int units = s.code().startsWith("97") ? 1 + random.nextInt(3) : 1;
        BigDecimal paid = allowed.multiply(BigDecimal.valueOf(70 + random.nextInt(21))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        line.append(units).append(',').append(allowed.toPlainString()).append(',').append(paid.toPlainString()).append(',')
            .append(s.rvu()).append('\n');
        out.append(line);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Service pick(SplittableRandom random) {
    int r = random.nextInt(TOTAL_WEIGHT);
    for (Service s : MIX) {
      r -= s.weight();
      if (r < 0) {
        return s;
      }
    }
    return MIX.get(0);
  }

  /** A log-normal amount around {@code median}, in cents. */
  private static BigDecimal amount(SplittableRandom random, double median, double sigma) {
    double z = gaussian(random);
    return BigDecimal.valueOf(median * Math.exp(sigma * z)).setScale(2, RoundingMode.HALF_UP);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
