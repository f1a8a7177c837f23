package org.pragma.dashboard;

import java.util.List;

/**
 * The recruitment-bias monitor (Eldridge, Kerry and Torgerson, BMJ 2009;339:b4006): sites are randomized
 * before patients are identified, so the arm can change who is screened, judged eligible and enrolled.
 * Per arm the recruitment ratios; per baseline characteristic of the enrolled, each arm's mean or share
 * and the standardized difference of every pair of arms (Austin 2009), flagged past {@code threshold}.
 */
public record Recruitment(double threshold, List<ArmRecruitment> arms, List<Characteristic> characteristics) {

  /**
   * One arm's recruitment: screened per site-month (site-months from each site's activation to today),
   * and the shares eligible of screened and enrolled of eligible; null when there is nothing to divide by.
   */
  public record ArmRecruitment(String arm, String name, long sites, long screened, long eligible, long enrolled,
      Double screenedPerSiteMonth, Double eligibleOfScreened, Double enrolledOfEligible) {}

  /**
   * A characteristic (or one level of a categorical one, {@code level} then names it): each arm's value
   * (mean and SD for continuous ones, share for a level) and the standardized differences.
   */
  public record Characteristic(String name, String level, boolean continuous, List<ArmValue> values,
      List<Difference> differences) {

    public boolean flagged() {
      return differences.stream().anyMatch(Difference::flagged);
    }
  }

  /** An arm's value: patients with the characteristic recorded, mean or share, and SD (continuous only). */
  public record ArmValue(String arm, long patients, Double value, Double sd) {}

  /** The standardized difference of two arms (null when it cannot be computed), and whether |d| exceeds the threshold. */
  public record Difference(String arm, String otherArm, Double d, boolean flagged) {}
}
