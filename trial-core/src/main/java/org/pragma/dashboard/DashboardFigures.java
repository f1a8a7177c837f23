package org.pragma.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pragma.site.Site;
import org.pragma.study.Study;

/**
 * The raw counts behind the dashboard, each one grouped query over the given sites (already the
 * caller's scope) and a date range (both ends included).
 */
public interface DashboardFigures {
  /** The committed arm of each of these sites that has one, by site id. */
  Map<Long, String> armsOf(List<Site> sites);

  /** Screenings dated in the range, per site id: screened, eligible, and eligible but never enrolled. */
  Map<Long, Screened> screened(List<Site> sites, LocalDate from, LocalDate to);

  /** Patients enrolled in the range, per site id, with those enrolled on or after {@code recentFrom} and the last date. */
  Map<Long, Enrolled> enrolled(Study study, List<Site> sites, LocalDate from, LocalDate to, LocalDate recentFrom);

  /** Patients enrolled in the range per day and arm, by day. */
  List<Daily> daily(Study study, List<Site> sites, LocalDate from, LocalDate to);

  /**
   * The ineligible screenings dated in the range, counted per distinct set of failed criteria (the
   * stored JSON list of code, kind and reason); few distinct sets however many screenings.
   */
  Map<String, Long> failedCriteria(List<Site> sites, LocalDate from, LocalDate to);

  /**
   * The enrolled patients' values of a continuous baseline characteristic per arm: count, sum and sum of
   * squares. {@code instrument} and {@code baselineVisit} name the score (T-score, else percent, else
   * total) for {@link Baseline#SCORE}; ignored otherwise.
   */
  Map<String, Moments> continuous(Study study, List<Site> sites, LocalDate from, LocalDate to, Baseline characteristic,
      String instrument, String baselineVisit);

  /** The enrolled patients per arm and level of a categorical baseline characteristic (null level: not recorded). */
  Map<String, Map<String, Long>> categorical(Study study, List<Site> sites, LocalDate from, LocalDate to, Baseline characteristic);

  /** Data quality per site id: instrument items left unanswered, visits saved incomplete, patients unreachable. */
  Map<Long, Quality> quality(Study study, List<Site> sites, LocalDate from, LocalDate to);

  /** The baseline characteristics the recruitment-bias monitor compares. */
  enum Baseline { AGE, SCORE, SEX, PAIN_LOCATION, RISK_GROUP }

  record Moments(long n, double sum, double squares) {}

  record Quality(long missingItems, long incompleteVisits, long unreachable) {
    public static final Quality NONE = new Quality(0, 0, 0);
  }

  record Screened(long screened, long eligible, long eligibleNotEnrolled) {
    public static final Screened NONE = new Screened(0, 0, 0);
  }

  record Enrolled(long enrolled, long recent, LocalDate last) {
    public static final Enrolled NONE = new Enrolled(0, 0, null);
  }

  record Daily(LocalDate day, String arm, long enrolled) {}
}
