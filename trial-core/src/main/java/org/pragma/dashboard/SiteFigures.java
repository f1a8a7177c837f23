package org.pragma.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.pragma.dashboard.DashboardFigures.BaselineGroup;
import org.pragma.dashboard.DashboardFigures.Daily;
import org.pragma.dashboard.DashboardFigures.Enrolled;
import org.pragma.dashboard.DashboardFigures.Patients;
import org.pragma.dashboard.DashboardFigures.Quality;
import org.pragma.dashboard.DashboardFigures.Queries;
import org.pragma.dashboard.DashboardFigures.Screenings;
import org.pragma.dashboard.DashboardFigures.Visits;
import org.pragma.followup.StatusCompletion;

/**
 * Everything the dashboard counts at one site for one date range on one day: the unit
 * {@link SiteFiguresCache} keeps until the site's data changes. Every figure of the dashboard is a sum
 * of these over the sites shown.
 */
record SiteFigures(Screenings screenings, Patients patients, Visits visits, List<BaselineGroup> baseline,
    List<StatusCompletion> completion, Queries queries) {

  static final SiteFigures NONE = new SiteFigures(Screenings.NONE, Patients.NONE, Visits.NONE, List.of(), List.of());

  /** A site's figures without data queries. */
  SiteFigures(Screenings screenings, Patients patients, Visits visits, List<BaselineGroup> baseline,
      List<StatusCompletion> completion) {
    this(screenings, patients, visits, baseline, completion, Queries.NONE);
  }

  SiteFigures {
    baseline = List.copyOf(baseline);
    completion = List.copyOf(completion);
  }

  /** The patients enrolled, those enrolled on or after {@code recentFrom}, and the last enrollment's date. */
  Enrolled enrolled(LocalDate recentFrom) {
    long all = 0;
    long recent = 0;
    LocalDate last = null;
    for (Daily d : patients.daily()) {
      all += d.enrolled();
      recent += d.day().isBefore(recentFrom) ? 0 : d.enrolled();
      last = last == null || d.day().isAfter(last) ? d.day() : last;
    }
    return new Enrolled(all, recent, last);
  }

  Quality quality() {
    return new Quality(visits.missingItems(), visits.incompleteVisits(), patients.unreachable(), queries);
  }
}
