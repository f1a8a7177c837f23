package org.pragma.dashboard;

import java.util.List;
import java.util.Map;
import org.pragma.dashboard.DashboardFigures.BaselineGroup;
import org.pragma.dashboard.DashboardFigures.Daily;
import org.pragma.dashboard.DashboardFigures.Enrolled;
import org.pragma.dashboard.DashboardFigures.Moments;
import org.pragma.dashboard.DashboardFigures.Quality;
import org.pragma.dashboard.DashboardFigures.Screened;
import org.pragma.followup.StatusCompletion;

/**
 * Everything the dashboard counts at one site for one date range on one day: the unit
 * {@link SiteFiguresCache} keeps until the site's data changes. Every figure of the dashboard is a sum
 * of these over the sites shown.
 */
record SiteFigures(Screened screened, Enrolled enrolled, List<Daily> daily, Map<String, Long> failedCriteria,
    Map<String, Moments> baselineScores, List<BaselineGroup> baseline, Quality quality, List<StatusCompletion> completion) {

  static final SiteFigures NONE = new SiteFigures(Screened.NONE, Enrolled.NONE, List.of(), Map.of(), Map.of(), List.of(),
      Quality.NONE, List.of());

  SiteFigures {
    daily = List.copyOf(daily);
    failedCriteria = Map.copyOf(failedCriteria);
    baselineScores = Map.copyOf(baselineScores);
    baseline = List.copyOf(baseline);
    completion = List.copyOf(completion);
  }
}
