package org.pragma.study;

/** Where a study is in its life, from set-up to close-out. */
public enum StudyStatus {
  PLANNING,
  RECRUITING,
  FOLLOW_UP,
  CLOSED
}
