package org.pragma.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String csv(Dataset dataset, Object[]... rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter writer = new CsvWriter(dataset, bytes)) {
      for (Object[] row : rows) {
        writer.row(row);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesHeaderAndRowsPerRfc4180WithCrlfAndQuotesOnlyWhereNeeded() throws IOException {
    String text = csv(Fixtures.PATIENTS, Fixtures.ROWS);
    assertThat(text.split("\r\n", -1))
        .containsExactly(
            "study_id,arm,age,sex,odi_month_3,enrolled_on,note",
            "SC-0001,ice,54,1,42.3,2026-03-01,plain",
            "SC-0002,usual-care,90,2,.m,2026-04-02,\"'=HYPERLINK(\"\"x\"\")\"",
            "SC-0003,ice,33,2,.i,.a,\"a, \"\"quoted\"\"\nline\"",
            "SC-0004,ice,61,1,-3.0,2026-05-03,'-2+3",
            "SC-0005,usual-care,47,1,.n,2026-06-04,Zürich ☃ \uD83D\uDE00",
            "");
  }

  @Test
  void neutralizesEveryFormulaStartInText() throws IOException {
    Dataset d = new Dataset("t", "text", List.of(Variable.text("x", "X")));
    String text = csv(d, new Object[] {"=1+1"}, new Object[] {"+1"}, new Object[] {"-1"},
        new Object[] {"@SUM(A1)"}, new Object[] {"\tx"}, new Object[] {"\rx"}, new Object[] {"a=1"});
    assertThat(text)
        .isEqualTo("x\r\n'=1+1\r\n'+1\r\n'-1\r\n'@SUM(A1)\r\n'\tx\r\n\"'\rx\"\r\na=1\r\n");
  }

  @Test
  void negativeNumbersStayNumbers() throws IOException {
    Dataset d = new Dataset("t", "numbers", List.of(Variable.decimal("x", "X", 2), Variable.integer("n", "N")));
    assertThat(csv(d, new Object[] {-0.004, -5}, new Object[] {1234567.125, 0L}, new Object[] {1e16, 1}))
        .isEqualTo("x,n\r\n0.00,-5\r\n1234567.13,0\r\n10000000000000000.00,1\r\n");
  }

  @Test
  void refusesSilentBlanksWrongTypesAndUndeclaredMissingCodes() {
    assertThatThrownBy(() -> csv(Fixtures.PATIENTS, new Object[] {"a", "ice", null, 1, 1.0, Missing.NOT_APPLICABLE, ""}))
        .hasMessageContaining("age: a missing value needs a Missing reason");
    assertThatThrownBy(() -> csv(Fixtures.PATIENTS, new Object[] {"a", "ice", "54", 1, 1.0, Missing.NOT_APPLICABLE, ""}))
        .hasMessageContaining("age is integer, not String");
    assertThatThrownBy(() -> csv(Fixtures.PATIENTS, new Object[] {"a", "ice", Missing.MISSED, 1, 1.0, Missing.NOT_APPLICABLE, ""}))
        .hasMessageContaining("age cannot be missing as MISSED");
    assertThatThrownBy(() -> csv(Fixtures.PATIENTS, new Object[] {"a"}))
        .hasMessageContaining("patients has 7 variables, the row 1");
  }
}
