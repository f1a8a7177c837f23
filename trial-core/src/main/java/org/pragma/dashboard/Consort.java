package org.pragma.dashboard;

import java.util.List;

/**
 * The CONSORT 2010 flow for cluster randomized trials (Campbell et al., BMJ 2012;345:e5661) from live
 * records, at the levels of clusters (sites) and of patients.
 *
 * @param sitesAssessed the study's sites (registered clinics)
 * @param sitesNotRandomized sites without a committed arm
 * @param screened patients screened
 * @param excluded patients screened and ineligible, with {@code excludedByReason} per failed criterion
 * @param eligibleNotEnrolled eligible patients never enrolled: {@code declined} to participate, not enrolled for
 *     {@code otherReasons}, and {@code notYetDecided} (nothing recorded yet)
 * @param analysisVisit the visit of the first primary outcome, whose completed patients are analysable
 */
public record Consort(long sitesAssessed, long sitesNotRandomized, long screened, long eligible, long excluded,
    List<Dashboard.Reason> excludedByReason, long eligibleNotEnrolled, String analysisVisit, List<ArmFlow> arms,
    long declined, long otherReasons, long notYetDecided) {

  /** The flow without recorded reasons for non-enrollment (every eligible patient not enrolled is undecided). */
  public Consort(long sitesAssessed, long sitesNotRandomized, long screened, long eligible, long excluded,
      List<Dashboard.Reason> excludedByReason, long eligibleNotEnrolled, String analysisVisit, List<ArmFlow> arms) {
    this(sitesAssessed, sitesNotRandomized, screened, eligible, excluded, excludedByReason, eligibleNotEnrolled,
        analysisVisit, arms, 0, 0, eligibleNotEnrolled);
  }

  /**
   * One arm's column of the diagram: sites randomized to it and those closed since; patients screened,
   * eligible and enrolled at its sites with the cluster sizes (patients per randomized site: mean, least,
   * most); each visit; and the patients (and sites with at least one) analysable at {@code analysisVisit}.
   */
  public record ArmFlow(String arm, String name, long sitesRandomized, long sitesClosed, long screened, long eligible,
      long enrolled, double meanClusterSize, long smallestCluster, long largestCluster, List<VisitFlow> visits,
      long analysable, long sitesAnalysable) {}

  /**
   * One visit of an arm: each enrolled patient's visit counted once, as completed (in or out of window),
   * withdrawn or died before its window closed, lost to follow-up (window closed while lost), missed
   * (window closed, patient followed), or pending (window not closed yet).
   */
  public record VisitFlow(String visit, String name, long completed, long missed, long withdrawn, long died, long lost,
      long pending) {

    public long total() {
      return completed + missed + withdrawn + died + lost + pending;
    }
  }
}
