package org.pragma.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pragma.protocol.RandomizationDesign;

class CovariateRulesTest {
  static final CovariateRules RULES = CovariateRules.of(new RandomizationDesign("covariate-constrained",
      List.of(new RandomizationDesign.Covariate("health-system", "categorical", 1),
          new RandomizationDesign.Covariate("annual-visits", "continuous", 1),
          new RandomizationDesign.Covariate("academic", "binary", 0.5)),
      List.of("health-system"), Optional.empty(), Optional.empty()));

  @Test
  void acceptsAnyLevelOfACategoricalCovariateAndDecimalNumbersForContinuousOnes() {
    assertThat(RULES.check(Map.of("health-system", "duke", "annual-visits", "420", "academic", "1"))).isEmpty();
    assertThat(RULES.check(Map.of("annual-visits", "-12.5"))).isEmpty();
    assertThat(RULES.check(Map.of())).isEmpty();
  }

  @Test
  void refusesUnknownCodesNumbersThatAreNotNumbersAndBlankValues() {
    assertThat(RULES.check(Map.of("clinic-type", "family", "annual-visits", "about 400", "academic", "yes", "health-system", " ")))
        .extracting(CovariateRules.Violation::field)
        .containsExactly("covariates.academic", "covariates.annual-visits", "covariates.clinic-type", "covariates.health-system");
    assertThat(RULES.problem("clinic-type", "x")).hasValueSatisfying(m -> assertThat(m).contains("health-system, annual-visits, academic"));
    assertThat(RULES.problem("annual-visits", "1e3")).hasValueSatisfying(m -> assertThat(m).contains("decimal number"));
  }

  @Test
  void findsTheStudyFilesSpellingOfACodeInAnyCase() {
    assertThat(RULES.code("Annual-Visits")).hasValue("annual-visits");
    assertThat(RULES.code("visits")).isEmpty();
  }
}
