package org.pragma.study;

/**
 * The facts a study's status follows: whether a randomization is committed, how many patients are
 * enrolled, how many sites may still enroll (planned or active), and how many of those have an
 * enrollment target that their enrollments have reached.
 */
public record StudyProgress(boolean randomized, long enrolled, long openSites, long openSitesAtTarget) {
  /** A study nothing has happened to yet. */
  public static final StudyProgress NOTHING_YET = new StudyProgress(false, 0, 0, 0);

  /** Enrollment is over: no site may enroll any more, or every site that may has enrolled its target. */
  public boolean enrollmentEnded() {
    return openSitesAtTarget >= openSites;
  }
}
