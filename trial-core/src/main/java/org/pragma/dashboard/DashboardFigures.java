package org.pragma.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pragma.site.Site;
import org.pragma.study.Study;

/**
 * The raw counts behind the dashboard, each one grouped query over the given sites (already the
 * caller's scope) and a date range (both ends included), answered per site id so that each site's
 * figures can be kept until the site's data changes ({@link #changes}).
 */
public interface DashboardFigures {
  /**
   * Each site's change number: advanced in the same transaction by every write to its screenings,
   * patients, visits, questionnaires, arm or data queries (database triggers, V36 and V41). Absent means never written.
   */
  Map<Long, Long> changes(List<Site> sites);

  /** Each study's total of its sites' change numbers, by study code: it moves whenever any of its sites' does. */
  Map<String, Long> changesByStudy();

  /** The committed arm of each of these sites that has one, by site id. */
  Map<Long, String> armsOf(List<Site> sites);

  /**
   * Screenings dated in the range, per site id: screened, eligible, and eligible but never enrolled (with those
   * recorded as declined or not enrolled for another reason), with
   * the ineligible ones counted per distinct set of failed criteria (the stored JSON list of code, kind
   * and reason; few distinct sets however many screenings). One grouped query.
   */
  Map<Long, Screenings> screenings(List<Site> sites, LocalDate from, LocalDate to);

  /** Patients enrolled in the range per day and arm, and how many of them are unreachable, per site id. One grouped query. */
  Map<Long, Patients> patients(Study study, List<Site> sites, LocalDate from, LocalDate to);

  /**
   * For the patients enrolled in the range, per site id, one grouped query over their visits and
   * questionnaires: the baseline scores per arm (the reported score of {@code instrument} at
   * {@code baselineVisit}; count, sum and sum of squares), instrument items left unanswered and visits
   * saved incomplete.
   */
  Map<Long, Visits> visits(Study study, List<Site> sites, LocalDate from, LocalDate to, String instrument, String baselineVisit);

  /**
   * The data queries not closed, per site id, about the patients enrolled in the range: open (waiting for the
   * clinic's answer) and answered (waiting for the data manager to close or re-open them). One grouped query.
   */
  Map<Long, Queries> queries(Study study, List<Site> sites, LocalDate from, LocalDate to);

  /**
   * The enrolled patients counted per arm, sex, pain location and risk group (one scan), with the count,
   * sum and sum of squares of their ages at screening: every categorical characteristic and the age of
   * the recruitment-bias monitor from one grouped query, per site id.
   */
  Map<Long, List<BaselineGroup>> baseline(Study study, List<Site> sites, LocalDate from, LocalDate to);

  record Screenings(Screened screened, Map<String, Long> failedCriteria) {
    public static final Screenings NONE = new Screenings(Screened.NONE, Map.of());
  }

  record Patients(List<Daily> daily, long unreachable) {
    public static final Patients NONE = new Patients(List.of(), 0);
  }

  record Visits(Map<String, Moments> baselineScores, long missingItems, long incompleteVisits) {
    public static final Visits NONE = new Visits(Map.of(), 0, 0);
  }

  /** Data queries not closed at a site: open (the clinic's turn) and answered (the data manager's turn). */
  record Queries(long open, long answered) {
    public static final Queries NONE = new Queries(0, 0);
  }

  record BaselineGroup(String arm, String sex, String painLocation, String riskGroup, long patients, Moments ages) {}

  record Moments(long n, double sum, double squares) {
    public static final Moments NONE = new Moments(0, 0, 0);

    public Moments plus(Moments other) {
      return new Moments(n + other.n, sum + other.sum, squares + other.squares);
    }
  }

  /**
   * Data quality at a site: instrument items left unanswered, visits saved incomplete, patients unreachable, and
   * data queries open or answered but not closed.
   */
  record Quality(long missingItems, long incompleteVisits, long unreachable, Queries queries) {
    public static final Quality NONE = new Quality(0, 0, 0, Queries.NONE);
  }

  /**
   * Screenings counted: eligible patients not enrolled, of whom {@code declined} declined to take part and
   * {@code otherReason} were not enrolled for another reason (the rest are not decided yet).
   */
  record Screened(long screened, long eligible, long eligibleNotEnrolled, long declined, long otherReason) {
    public static final Screened NONE = new Screened(0, 0, 0, 0, 0);

    public Screened(long screened, long eligible, long eligibleNotEnrolled) {
      this(screened, eligible, eligibleNotEnrolled, 0, 0);
    }
  }

  record Enrolled(long enrolled, long recent, LocalDate last) {
    public static final Enrolled NONE = new Enrolled(0, 0, null);
  }

  record Daily(LocalDate day, String arm, long enrolled) {}
}
