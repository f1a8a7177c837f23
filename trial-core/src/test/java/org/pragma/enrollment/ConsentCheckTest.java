package org.pragma.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentCheckTest {
  private static final LocalDate SCREENED = LocalDate.of(2026, 11, 20);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void writtenConsentNeedsDatePersonAndDocumentVersion() {
    ConsentRecord ok = ConsentCheck.record(ConsentModel.WRITTEN,
        new NewEnrollment.Consent(TODAY, " Dana ", "ICF v2"), SCREENED, TODAY, "coordinator");

    assertThat(ok).isEqualTo(new ConsentRecord(ConsentModel.WRITTEN, TODAY, "Dana", "ICF v2"));
    assertThatThrownBy(() -> ConsentCheck.record(ConsentModel.WRITTEN, null, SCREENED, TODAY, "c"))
        .isInstanceOf(EnrollmentRefusedException.class).hasMessageContaining("needs written consent");
    assertThatThrownBy(() -> ConsentCheck.record(ConsentModel.VERBAL, new NewEnrollment.Consent(null, "", null), SCREENED, TODAY, "c"))
        .isInstanceOfSatisfying(EnrollmentRefusedException.class, e -> assertThat(e.errors()).extracting("field")
            .containsExactly("consent.obtainedOn", "consent.obtainedBy", "consent.documentVersion"));
  }

  @Test
  void consentCannotPredateTheScreeningOrLieInTheFuture() {
    assertThatThrownBy(() -> ConsentCheck.record(ConsentModel.WRITTEN,
        new NewEnrollment.Consent(SCREENED.minusDays(1), "D", "v1"), SCREENED, TODAY, "c"))
        .isInstanceOfSatisfying(EnrollmentRefusedException.class,
            e -> assertThat(e.errors().toString()).contains("before the screening on 2026-11-20"));
    assertThatThrownBy(() -> ConsentCheck.record(ConsentModel.WRITTEN,
        new NewEnrollment.Consent(TODAY.plusDays(1), "D", "v1"), SCREENED, TODAY, "c"))
        .isInstanceOfSatisfying(EnrollmentRefusedException.class, e -> assertThat(e.errors().toString()).contains("future"));
  }

  @Test
  void consentImpliedByTheBaselineIsDatedOnTheEnrollmentDayAndAWaiverRecordsNothing() {
    assertThat(ConsentCheck.record(ConsentModel.IMPLIED_BY_BASELINE, null, SCREENED, TODAY, "coordinator"))
        .isEqualTo(new ConsentRecord(ConsentModel.IMPLIED_BY_BASELINE, TODAY, "coordinator", null));
    assertThat(ConsentCheck.record(ConsentModel.WAIVER, new NewEnrollment.Consent(TODAY, "x", "y"), SCREENED, TODAY, "c"))
        .isEqualTo(new ConsentRecord(ConsentModel.WAIVER, null, null, null));
  }

  @Test
  void protocolModelNamesMapToModels() {
    assertThat(ConsentModel.of("implied-by-baseline")).isEqualTo(ConsentModel.IMPLIED_BY_BASELINE);
    assertThat(ConsentModel.of("written").needsRecord()).isTrue();
  }
}
