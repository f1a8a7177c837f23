package org.pragma.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryStatusTest {
  @Test
  void theClinicAnswersAnOpenQueryAndTheDataManagerClosesOrReopensIt() {
    assertThat(QueryStatus.OPEN.after(QueryStep.ANSWERED)).isEqualTo(QueryStatus.ANSWERED);
    assertThat(QueryStatus.ANSWERED.after(QueryStep.CLOSED)).isEqualTo(QueryStatus.CLOSED);
    assertThat(QueryStatus.ANSWERED.after(QueryStep.REOPENED)).isEqualTo(QueryStatus.OPEN);
    assertThat(QueryStatus.CLOSED.after(QueryStep.REOPENED)).isEqualTo(QueryStatus.OPEN);
  }

  @Test
  void aQueryRaisedInErrorIsClosedWithoutAnAnswer() {
    assertThat(QueryStatus.OPEN.after(QueryStep.CLOSED)).isEqualTo(QueryStatus.CLOSED);
  }

  @Test
  void stepsTheStateDoesNotAllowAreRefusedInWords() {
    assertThatThrownBy(() -> QueryStatus.ANSWERED.after(QueryStep.ANSWERED)).isInstanceOf(QueryStateException.class)
        .hasMessageContaining("already answered and waits for the data manager");
    assertThatThrownBy(() -> QueryStatus.CLOSED.after(QueryStep.ANSWERED)).hasMessageContaining("it is closed");
    assertThatThrownBy(() -> QueryStatus.CLOSED.after(QueryStep.CLOSED)).hasMessageContaining("already closed");
    assertThatThrownBy(() -> QueryStatus.OPEN.after(QueryStep.REOPENED)).hasMessageContaining("still open");
    assertThatThrownBy(() -> QueryStatus.OPEN.after(QueryStep.RAISED)).hasMessageContaining("raised once");
  }

  @Test
  void onlyClosedQueriesAreResolved() {
    assertThat(QueryStatus.OPEN.unresolved()).isTrue();
    assertThat(QueryStatus.ANSWERED.unresolved()).isTrue();
    assertThat(QueryStatus.CLOSED.unresolved()).isFalse();
  }
}
