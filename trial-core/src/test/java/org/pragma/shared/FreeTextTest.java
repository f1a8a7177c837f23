package org.pragma.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.pragma.followup.ReasonedChange;
import org.pragma.site.NewSite;

class FreeTextTest {
  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  @Test
  void namesAreOneLineOfAtMostTwoHundredCharacters() {
    assertThat(FreeText.Check.problem("Vanderbilt Spine Clinic – Nashville", FreeText.NAME, false)).isNull();
    assertThat(FreeText.Check.problem("n".repeat(200), FreeText.NAME, false)).isNull();
    assertThat(FreeText.Check.problem("n".repeat(201), FreeText.NAME, false)).isEqualTo("must be at most 200 characters (it has 201)");
    assertThat(FreeText.Check.problem("Clinic\nS1", FreeText.NAME, false)).contains("one line", "U+000A", "position 7");
    assertThat(FreeText.Check.problem("Clinic\u0000", FreeText.NAME, false)).contains("U+0000");
    assertThat(FreeText.Check.problem("Clinic\u0085", FreeText.NAME, false)).contains("U+0085");
  }

  @Test
  void reasonsMayHaveLineBreaksAndTabsButNoOtherControlCharacters() {
    assertThat(FreeText.Check.problem("Moved away.\r\n\tNo new number.", FreeText.REASON, true)).isNull();
    assertThat(FreeText.Check.problem("lost\u0000", FreeText.REASON, true)).contains("other than tabs and line breaks", "U+0000");
    assertThat(FreeText.Check.problem("bell\u0007", FreeText.REASON, true)).contains("U+0007");
    assertThat(FreeText.Check.problem("x".repeat(1_000_000), FreeText.REASON, true)).startsWith("must be at most 1000 characters");
  }

  @Test
  void requestRecordsNameTheFieldWithTheProblem() {
    Set<ConstraintViolation<NewSite>> site = VALIDATOR.validate(new NewSite("S1", "Clinic\u0000S1", null, "a".repeat(201), null, 10, null));
    Set<ConstraintViolation<ReasonedChange>> change = VALIDATOR.validate(new ReasonedChange(true, "r".repeat(1001)));

    assertThat(site).extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .containsExactlyInAnyOrder("name: must be one line without control characters (found U+0000 at position 7)",
            "location: must be at most 200 characters (it has 201)");
    assertThat(change).extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .containsExactly("reason: must be at most 1000 characters (it has 1001)");
    assertThat(VALIDATOR.validate(new ReasonedChange(true, "Moved away.\nNo new number."))).isEmpty();
  }
}
