package org.pragma.protocol.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.protocol.ProtocolLoader;

/** Screening against the SPINE CARE criteria shipped in protocols/spine-care/study.yaml. */
class EligibilityTest {

  private static final Eligibility SPINE_CARE = ProtocolLoader.loadRoot(Path.of("..", "protocols"))
      .study("spine-care").orElseThrow().eligibility();
  private static final LocalDate SCREENING = LocalDate.of(2018, 5, 15);

  private static Map<String, Object> eligiblePatient() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("pain-location", "low-back");
    answers.put("pain-onset-date", "2018-04-20");
    answers.put("birth-year", 1970);
    answers.put("spine-pain-present", true);
    answers.put("able-to-consent", "yes");
    for (String no : new String[] {"pregnant", "disability-or-litigation", "other-trial", "active-cancer",
        "recent-spine-therapy", "recent-spine-procedure", "severe-psychiatric", "red-flags"}) {
      answers.put(no, false);
    }
    return answers;
  }

  @Test
  void eligiblePatientGetsDerivedPainDurationAndAge() {
    EligibilityResult result = SPINE_CARE.evaluate(eligiblePatient(), SCREENING);

    assertThat(result.eligible()).isTrue();
    assertThat(result.failed()).isEmpty();
    assertThat(result.derived()).containsEntry("pain-duration-days", BigDecimal.valueOf(25))
        .containsEntry("age", BigDecimal.valueOf(48));
  }

  @Test
  void painOfNinetyOneDaysIsEligibleButNinetyTwoIsNot() {
    Map<String, Object> answers = eligiblePatient();
    answers.put("pain-onset-date", SCREENING.minusDays(91));
    assertThat(SPINE_CARE.evaluate(answers, SCREENING).eligible()).isTrue();

    answers.put("pain-onset-date", SCREENING.minusDays(92));
    EligibilityResult result = SPINE_CARE.evaluate(answers, SCREENING);
    assertThat(result.eligible()).isFalse();
    assertThat(result.failed()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("pain-at-most-3-months");
      assertThat(f.reason()).contains("no more than 3 months");
    });
  }

  @Test
  void listsEveryFailedCriterionWithItsReason() {
    Map<String, Object> answers = eligiblePatient();
    answers.put("birth-year", 2001);
    answers.put("pregnant", true);
    answers.put("red-flags", "yes");

    EligibilityResult result = SPINE_CARE.evaluate(answers, SCREENING);

    assertThat(result.eligible()).isFalse();
    assertThat(result.failed()).extracting(EligibilityResult.FailedCriterion::code)
        .containsExactly("adult", "pregnancy", "red-flags");
    assertThat(result.failed().get(0).reason()).isEqualTo("Patients must be 18 or older.");
  }

  @Test
  void rejectsOnsetAfterScreening() {
    Map<String, Object> answers = eligiblePatient();
    answers.put("pain-onset-date", SCREENING.plusDays(1));

    assertThat(SPINE_CARE.evaluate(answers, SCREENING).failed())
        .extracting(EligibilityResult.FailedCriterion::code).containsExactly("onset-not-after-screening");
  }

  @Test
  void reportsEveryInvalidAnswerAtOnce() {
    Map<String, Object> answers = eligiblePatient();
    answers.put("pain-location", "knee");
    answers.put("birth-year", 1970.5);
    answers.put("pain-onset-date", "last tuesday");
    answers.put("pregnant", "maybe");
    answers.put("shoe-size", 42);
    answers.remove("able-to-consent");

    assertThatThrownBy(() -> SPINE_CARE.evaluate(answers, SCREENING))
        .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
            .extracting(AnswerError::question)
            .containsExactlyInAnyOrder("pain-location", "birth-year", "pain-onset-date", "pregnant", "shoe-size",
                "able-to-consent"));
  }

  @Test
  void rejectsNumbersOutsideTheirRange() {
    Map<String, Object> answers = eligiblePatient();
    answers.put("birth-year", 1800);

    assertThatThrownBy(() -> SPINE_CARE.evaluate(answers, SCREENING))
        .hasMessageContaining("birth-year: must be between 1900 and 2100");
  }
}
