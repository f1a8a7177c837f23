package org.pragma.study;

/**
 * Where a study is in its life. It is derived from the trial's facts, never edited by hand (like a
 * visit's status): planning until a randomization is committed; randomized until the first patient
 * is enrolled; enrolling while any site may still enroll and the sites' targets are not all met;
 * follow-up once enrollment has ended (every site closed, or every site's target reached); closed
 * once an admin closes the study.
 */
public enum StudyStatus {
  PLANNING,
  RANDOMIZED,
  ENROLLING,
  FOLLOW_UP,
  CLOSED;

  /** The status the facts give. */
  public static StudyStatus of(boolean closedByAdmin, StudyProgress progress) {
    if (closedByAdmin) {
      return CLOSED;
    }
    if (!progress.randomized()) {
      return PLANNING;
    }
    if (progress.enrolled() == 0) {
      return RANDOMIZED;
    }
    return progress.enrollmentEnded() ? FOLLOW_UP : ENROLLING;
  }
}
