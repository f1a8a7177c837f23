package org.pragma.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * When the study reaches its enrollment target at the recent rate: a least-squares line (Commons Math
 * {@link SimpleRegression}) through the cumulative count of each of the last {@value #DAYS} days up to today,
 * its slope the patients per day, and the date the line reaches the target; the interval comes from the
 * slope's 95 % confidence interval. Successive days' cumulative counts are not independent, so the interval
 * is narrower than the real uncertainty; the page says so.
 *
 * @param perDay the fitted enrollment rate (patients per day), null without enough days
 * @param expected the projected date, null when the rate is not positive or the target is reached
 */
public record Projection(int target, long enrolled, Double perDay, Double perDayLow, Double perDayHigh, LocalDate expected,
    LocalDate earliest, LocalDate latest, String method) {

  static final int DAYS = 90;
  static final String METHOD = "Least-squares line through the cumulative enrollment of each of the last " + DAYS
      + " days (Apache Commons Math SimpleRegression); the interval uses the 95 % confidence interval of its slope. Days"
      + " are not independent, so the interval understates the uncertainty.";

  static Projection of(List<DashboardFigures.Daily> daily, long enrolled, int target, LocalDate today) {
    LocalDate start = today.minusDays(DAYS - 1L);
    long before = daily.stream().filter(d -> d.day().isBefore(start)).mapToLong(DashboardFigures.Daily::enrolled).sum();
    long[] perDay = new long[DAYS];
    daily.stream().filter(d -> !d.day().isBefore(start) && !d.day().isAfter(today))
        .forEach(d -> perDay[(int) ChronoUnit.DAYS.between(start, d.day())] += d.enrolled());
    SimpleRegression line = new SimpleRegression();
    long cumulative = before;
    for (int i = 0; i < DAYS; i++) {
      cumulative += perDay[i];
      line.addData(i, cumulative);
    }
    double slope = line.getSlope();
    if (enrolled >= target || Double.isNaN(slope) || slope <= 0) {
      return new Projection(target, enrolled, Double.isNaN(slope) ? null : round(slope), null, null, null, null, null, METHOD);
    }
    double ci = line.getSlopeConfidenceInterval(0.05);
    double remaining = target - enrolled;
    return new Projection(target, enrolled, round(slope), round(Math.max(0, slope - ci)), round(slope + ci),
        today.plusDays((long) Math.ceil(remaining / slope)), today.plusDays((long) Math.ceil(remaining / (slope + ci))),
        slope - ci > 0 ? today.plusDays((long) Math.ceil(remaining / (slope - ci))) : null, METHOD);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
