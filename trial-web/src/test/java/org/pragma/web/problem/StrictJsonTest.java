package org.pragma.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.bind.Jsonb;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.followup.NewContactAttempt;
import org.pragma.followup.ReasonedChange;
import org.pragma.security.UserChange;
import org.pragma.site.NewSite;

class StrictJsonTest {
  private static final Jsonb JSON = StrictJson.create();

  private static Problem.FieldError refusal(String json, Class<?> type) {
    Throwable e = catchThrowable(() -> JSON.fromJson(json, type));
    assertThat(e).as(json).isNotNull();
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(t).append(" / ");
    }
    assertThat(MalformedBodyMapper.fieldError(e)).as(chain.toString()).isNotNull();
    return MalformedBodyMapper.fieldError(e);
  }

  @Test
  void takesWholeNumbersThatFit() {
    assertThat(JSON.fromJson("{\"code\":\"S1\",\"name\":\"C\",\"enrollmentTarget\":2147483647}", NewSite.class).enrollmentTarget())
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(JSON.fromJson("{\"code\":\"S1\",\"name\":\"C\",\"enrollmentTarget\":12.0}", NewSite.class).enrollmentTarget())
        .isEqualTo(12);
    assertThat(JSON.fromJson("{\"code\":\"S1\",\"name\":\"C\",\"enrollmentTarget\":null}", NewSite.class).enrollmentTarget()).isNull();
  }

  @Test
  void refusesNumbersThatWouldBeTruncatedOrWrapNamingTheField() {
    for (String target : new String[] {"99999999999", "1e400", "1.5", "\"12\"", "true"}) {
      Problem.FieldError error = refusal("{\"code\":\"S1\",\"name\":\"C\",\"enrollmentTarget\":" + target + "}", NewSite.class);
      assertThat(error).as(target).isNotNull();
      assertThat(error.field()).as(target).isEqualTo("enrollmentTarget");
      assertThat(error.message()).as(target).startsWith("must be a whole number from -2147483648 to 2147483647");
    }
  }

  @Test
  void takesOnlyJsonTrueOrFalseAsYesOrNo() {
    assertThat(JSON.fromJson("{\"value\":true,\"reason\":\"r\"}", ReasonedChange.class).value()).isTrue();
    assertThat(JSON.fromJson("{\"reason\":\"r\"}", ReasonedChange.class).value()).isNull();
    for (String value : new String[] {"\"maybe\"", "\"true\"", "1", "0"}) {
      assertThat(refusal("{\"value\":" + value + ",\"reason\":\"r\"}", ReasonedChange.class))
          .as(value).isEqualTo(new Problem.FieldError("value", "must be true or false"));
    }
    assertThat(refusal("{\"fullName\":\"F\",\"active\":\"maybe\",\"reason\":\"r\"}", UserChange.class))
        .isEqualTo(new Problem.FieldError("active", "must be true or false"));
  }

  @Test
  void namesTheFieldButNoJavaTypeForOtherWrongValues() {
    Problem.FieldError error = refusal("{\"attemptedOn\":\"yesterday\",\"method\":\"PHONE\"}", NewContactAttempt.class);
    assertThat(error).isEqualTo(new Problem.FieldError("attemptedOn", "is not a valid value for this field"));
    assertThat(JSON.toJson(Map.of("n", 1))).isEqualTo("{\"n\":1}");
  }
}
