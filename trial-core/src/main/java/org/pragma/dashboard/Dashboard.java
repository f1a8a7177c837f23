package org.pragma.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pragma.site.SiteStatus;

/**
 * Everything a principal investigator looks at for a study, as of {@code today} at its clinics, within
 * the caller's sites and the filter. No outcome results by arm (interim results stay blinded).
 *
 * @param arms the protocol's arms in file order (code and name), for legends and filters
 * @param sites enrollment per site, by site code (S2 before S10)
 * @param cumulative cumulative enrollment, overall and per arm, with the target trajectory, weekly up to today
 * @param followUpByArm completion per visit (schedule order) and arm
 * @param followUpBySite completion per visit (schedule order) and site
 * @param recruitment the recruitment-bias monitor
 * @param projection when the target is reached at the recent rate
 * @param quality data quality per site
 * @param design realized cluster sizes, design effect and power beside the protocol's planned figures
 */
public record Dashboard(String study, String title, LocalDate today, DashboardFilter filter, List<ArmName> arms,
    List<SiteEnrollment> sites, List<EnrollmentPoint> cumulative, Funnel funnel, List<FollowUpRow> followUpByArm,
    List<FollowUpRow> followUpBySite, Consort consort, ClusterDesign design, Recruitment recruitment, Projection projection,
    List<SiteQuality> quality) {

  /**
   * A site's data quality: instrument items left unanswered, visits completed out of window, visits saved
   * incomplete (data entry to finish), patients marked unreachable, and data queries not closed: {@code openQueries}
   * wait for the clinic's answer, {@code answeredQueries} for the data manager to close or re-open them.
   */
  public record SiteQuality(String site, String name, long missingItems, long outOfWindow, long incompleteVisits,
      long unreachable, long openQueries, long answeredQueries) {}

  public record ArmName(String code, String name) {}

  /**
   * One site's enrollment. {@code expectedByNow} is its target on a straight line from its activation
   * over the protocol's enrollment period ({@code enrollment.months}); a site enrolling is behind target
   * when it has fewer patients than that (whole patients). {@code percentOfTarget} is rounded to one decimal.
   */
  public record SiteEnrollment(String site, String name, SiteStatus status, String arm, String armName, long screened,
      long eligible, long consented, long enrolled, Integer target, Double percentOfTarget, long enrolledLast30Days,
      Long daysSinceLastEnrollment, Long expectedByNow, boolean behindTarget) {}

  /** Enrolled up to and including {@code date}: in all, per arm code, and the target trajectory (null without a planned period). */
  public record EnrollmentPoint(LocalDate date, long enrolled, Map<String, Long> byArm, Double target) {}

  /**
   * The screening funnel of the patients screened in the period: consent is recorded at enrollment, so
   * {@code consented} counts the screened patients enrolled with their consent (or its waiver) on file,
   * and {@code eligibleNotEnrolled} those eligible who were not enrolled: {@code declined} declined to take part,
   * {@code otherReasons} were not enrolled for another reason, and {@code notYetDecided} have nothing recorded yet.
   */
  public record Funnel(long screened, long eligible, long consented, long enrolled, long eligibleNotEnrolled,
      List<Reason> ineligibleReasons, long declined, long otherReasons, long notYetDecided) {}

  /** A criterion that made screened patients ineligible, how many failed it (a patient may fail several). */
  public record Reason(String code, String reason, long patients) {}

  /** A visit's completion in one arm or at one site ({@code group}), and how many of its visits are overdue now. */
  public record FollowUpRow(String visit, String visitName, String group, String groupName, long completedInWindow,
      long completedOutOfWindow, long missed, long pending, long cancelled, long overdue) {

    public long total() {
      return completedInWindow + completedOutOfWindow + missed + pending + cancelled;
    }
  }
}
