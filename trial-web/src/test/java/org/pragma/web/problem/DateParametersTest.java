package org.pragma.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateParametersTest {
  @Test
  void takesIsoDatesFrom1900To2200() {
    assertThat(DateParameters.problem("on", " 2026-11-23 ")).isNull();
    assertThat(DateParameters.problem("on", "1900-01-01")).isNull();
    assertThat(DateParameters.problem("to", "2200-12-31")).isNull();
  }

  @Test
  void refusesDatesNoTrialCanMeanNamingTheParameter() {
    assertThat(DateParameters.problem("on", "+999999999-12-31")).isEqualTo("'on' must be a date from 1900-01-01 to 2200-12-31, e.g. 2026-11-23.");
    assertThat(DateParameters.problem("from", "-999999999-01-01")).startsWith("'from' must be a date from 1900-01-01 to 2200-12-31");
    assertThat(DateParameters.problem("to", "1899-12-31")).startsWith("'to' must be a date from 1900-01-01");
    assertThat(DateParameters.problem("on", "23/11/2026")).isEqualTo("'on' is '23/11/2026', not a date; use the ISO form YYYY-MM-DD, e.g. 2026-11-23.");
  }
}
