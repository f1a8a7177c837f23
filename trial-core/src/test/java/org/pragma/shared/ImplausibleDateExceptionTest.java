package org.pragma.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImplausibleDateExceptionTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final LocalDate ENROLLED = LocalDate.of(2026, 10, 1);

  private static ImplausibleDateException refusal(LocalDate date, LocalDate earliest) {
    return catchThrowableOfType(() -> ImplausibleDateException.requireBetween("attemptedOn", date, earliest,
        "the patient's enrollment", TODAY), ImplausibleDateException.class);
  }

  @Test
  void acceptsDatesFromTheEarliestToToday() {
    assertThatCode(() -> ImplausibleDateException.requireBetween("attemptedOn", ENROLLED, ENROLLED, "enrollment", TODAY))
        .doesNotThrowAnyException();
    assertThatCode(() -> ImplausibleDateException.requireBetween("attemptedOn", TODAY, ENROLLED, "enrollment", TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesTomorrowAndTheFarFutureAsInTheFuture() {
    assertThat(refusal(TODAY.plusDays(1), ENROLLED).errors())
        .containsExactly(new ImplausibleDateException.FieldProblem("attemptedOn",
            "must not be in the future: 2026-11-25 is after today, 2026-11-24"));
    assertThat(refusal(LocalDate.MAX, ENROLLED).kind()).isEqualTo(DomainException.Kind.RULE);
  }

  @Test
  void refusesDatesBeforeTheEarliestOrBefore1900() {
    assertThat(refusal(ENROLLED.minusDays(1), ENROLLED).getMessage())
        .isEqualTo("attemptedOn must not be before 2026-10-01 (the patient's enrollment), was 2026-09-30.");
    assertThat(refusal(LocalDate.MIN, LocalDate.MIN).getMessage()).contains("must not be before 1900-01-01, was");
  }
}
