package org.pragma.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatientStatusTest {
  @Test
  void withdrawalAndDeathAreFinalAndALostPatientCanBeFoundAgain() {
    assertThat(PatientStatus.ENROLLED.next()).containsExactlyInAnyOrder(
        PatientStatus.WITHDRAWN, PatientStatus.LOST_TO_FOLLOW_UP, PatientStatus.DIED);
    assertThat(PatientStatus.LOST_TO_FOLLOW_UP.next()).contains(PatientStatus.ENROLLED);
    assertThat(PatientStatus.WITHDRAWN.next()).isEmpty();
    assertThat(PatientStatus.DIED.next()).isEmpty();
  }

  @Test
  void withdrawalAndDeathCancelFutureVisitsButLossToFollowUpDoesNot() {
    assertThat(PatientStatus.LOST_TO_FOLLOW_UP.continuesFollowUp()).isTrue();
    assertThat(PatientStatus.WITHDRAWN.continuesFollowUp()).isFalse();
    assertThat(PatientStatus.DIED.continuesFollowUp()).isFalse();
  }
}
