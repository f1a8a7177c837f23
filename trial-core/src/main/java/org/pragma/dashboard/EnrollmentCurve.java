package org.pragma.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pragma.dashboard.Dashboard.EnrollmentPoint;
import org.pragma.site.Site;
import org.pragma.site.SiteStatus;

/**
 * Cumulative enrollment week by week up to today, from the first activation of a chosen site (or the
 * start of the date range), overall and per arm, beside the target trajectory: the sum over the sites
 * enrolling of their target on a straight line from activation over the planned period.
 */
final class EnrollmentCurve {
  /** At most this many points: weekly, or further apart for long studies. */
  static final int MAX_POINTS = 160;

  static List<EnrollmentPoint> of(List<DashboardFigures.Daily> daily, List<Site> sites, DashboardService.Planned planned,
      LocalDate from, LocalDate to, LocalDate today) {
    LocalDate end = to != null && to.isBefore(today) ? to : today;
    LocalDate start = sites.stream().flatMap(s -> s.activatedOn().stream()).min(LocalDate::compareTo).orElse(end);
    if (!daily.isEmpty() && daily.get(0).day().isBefore(start)) {
      start = daily.get(0).day();
    }
    if (start.isAfter(end.minusDays(7))) {
      start = end.minusDays(7); // at least a week, so a study that opened today still draws a line
    }
    if (from.isAfter(start)) {
      start = from;
    }
    if (start.isAfter(end)) {
      return List.of();
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
    long step = Math.max(7, (days + MAX_POINTS - 1) / MAX_POINTS);
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(step)) {
      dates.add(d);
    }
    dates.add(end);
    TreeMap<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
    daily.forEach(d -> byDay.computeIfAbsent(d.day(), k -> new LinkedHashMap<>()).merge(d.arm(), d.enrolled(), Long::sum));
    boolean hasTarget = planned.months().isPresent();
    LocalDate before = start.minusDays(1);
    List<EnrollmentPoint> points = new ArrayList<>();
    Map<String, Long> byArm = new LinkedHashMap<>();
    long total = 0;
    LocalDate counted = LocalDate.MIN;
    for (LocalDate d : dates) {
      for (Map<String, Long> day : byDay.subMap(counted, false, d, true).values()) {
        for (Map.Entry<String, Long> e : day.entrySet()) {
          byArm.merge(e.getKey(), e.getValue(), Long::sum);
          total += e.getValue();
        }
      }
      counted = d;
      Double target = null;
      if (hasTarget) {
        double expected = 0;
        for (Site s : sites) {
          Integer t = s.enrollmentTarget().or(planned::perSite).orElse(null);
          if (t != null && s.activatedOn().isPresent() && s.status() != SiteStatus.PLANNED) {
            expected += planned.expected(t, s.activatedOn().get(), d) - planned.expected(t, s.activatedOn().get(), before);
          }
        }
        target = Math.round(expected * 10) / 10.0;
      }
      points.add(new EnrollmentPoint(d, total, Map.copyOf(byArm), target));
    }
    return points;
  }

  private EnrollmentCurve() {}
}
