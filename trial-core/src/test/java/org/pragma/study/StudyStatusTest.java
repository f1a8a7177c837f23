package org.pragma.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The study's status from its facts, stage by stage, as a trial goes through them. */
class StudyStatusTest {
  @Test
  void aStudyIsInPlanningUntilItsRandomizationIsCommitted() {
    assertThat(StudyStatus.of(false, StudyProgress.NOTHING_YET)).isEqualTo(StudyStatus.PLANNING);
    assertThat(StudyStatus.of(false, new StudyProgress(false, 0, 12, 0))).isEqualTo(StudyStatus.PLANNING);
  }

  @Test
  void aRandomizedStudyEnrollsFromItsFirstPatient() {
    assertThat(StudyStatus.of(false, new StudyProgress(true, 0, 12, 0))).isEqualTo(StudyStatus.RANDOMIZED);
    assertThat(StudyStatus.of(false, new StudyProgress(true, 1, 12, 0))).isEqualTo(StudyStatus.ENROLLING);
    assertThat(StudyStatus.of(false, new StudyProgress(true, 300, 12, 11))).isEqualTo(StudyStatus.ENROLLING);
  }

  @Test
  void followUpBeginsWhenEverySiteClosedOrEveryOpenSiteReachedItsTarget() {
    assertThat(StudyStatus.of(false, new StudyProgress(true, 250, 0, 0))).isEqualTo(StudyStatus.FOLLOW_UP);
    assertThat(StudyStatus.of(false, new StudyProgress(true, 360, 12, 12))).isEqualTo(StudyStatus.FOLLOW_UP);
  }

  @Test
  void aStudyTheAdminClosedIsClosedWhateverTheFacts() {
    assertThat(StudyStatus.of(true, new StudyProgress(true, 300, 12, 0))).isEqualTo(StudyStatus.CLOSED);
    assertThat(StudyStatus.of(true, StudyProgress.NOTHING_YET)).isEqualTo(StudyStatus.CLOSED);
  }
}
