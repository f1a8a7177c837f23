package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;

/**
 * Files that are not UTF-8 text (a binary pasted as study.yaml, a file saved as Latin-1 or UTF-16):
 * the error names the file and says what is wrong in plain words, never a Java class or exception text.
 */
class UnreadableFileTest {

  private static final String JAVA_NAMES = "(?s).*(java\\.|javax\\.|Exception|Error:|org\\.yaml|com\\.fasterxml|snakeyaml).*";

  private static byte[] binary() {
    byte[] bytes = new byte[4096];
    new Random(12).nextBytes(bytes);
    return bytes;
  }

  private static void assertPlain(List<ValidationError> errors, String file, String message) {
    assertThat(errors).isNotEmpty().allSatisfy(e -> {
      assertThat(e.file()).isEqualTo(file);
      assertThat(e.message()).doesNotMatch(JAVA_NAMES);
      assertThat(e.hint()).doesNotMatch(JAVA_NAMES);
    });
    assertThat(errors.get(0).message()).isEqualTo(message);
  }

  @Test
  void aBinaryStudyFileIsNotUtf8Text() {
    StudyFixture f = StudyFixture.spineCare();
    f.files.put("study.yaml", binary());

    assertPlain(f.errors(), "spine-care/study.yaml", "study.yaml is not a UTF-8 text file");
  }

  @Test
  void aLatin1ArmFileNamesTheFileAndTheProblem() {
    StudyFixture f = StudyFixture.spineCare();
    f.files.put("arms/ice.yaml", f.text("arms/ice.yaml").replace("description: ", "description: Caf\u00e9 ")
        .getBytes(StandardCharsets.ISO_8859_1));

    assertPlain(f.errors(), "spine-care/arms/ice.yaml", "ice.yaml is not a UTF-8 text file");
    assertThat(f.errors().get(0).line()).as("the line of the first byte that is not UTF-8").isPositive();
  }

  @Test
  void aUtf16StudyFileIsNotUtf8Text() {
    StudyFixture f = StudyFixture.spineCare();
    f.files.put("study.yaml", f.text("study.yaml").getBytes(StandardCharsets.UTF_16));

    assertPlain(f.errors(), "spine-care/study.yaml", "study.yaml is not a UTF-8 text file");
  }

  @Test
  void aBinaryInstrumentFileIsNotUtf8Text() {
    var loaded = InstrumentCatalog.load(java.util.Map.of("ODI.yaml", binary()));

    assertPlain(loaded.errors(), "instruments/ODI.yaml", "ODI.yaml is not a UTF-8 text file");
  }

  @Test
  void aListWhereAKeyIsExpectedIsNamedWithoutParserEvents() {
    StudyFixture f = StudyFixture.spineCare();
    f.files.put("study.yaml", ("? [a, b]\n: c\n" + f.text("study.yaml")).getBytes(StandardCharsets.UTF_8));

    assertThat(f.errors()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.file()).isEqualTo("spine-care/study.yaml");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.message()).doesNotMatch(JAVA_NAMES).doesNotContain("Event", "anchor=");
    });
  }

  @Test
  void controlCharactersAreNamedWithoutJavaText() {
    StudyFixture f = StudyFixture.spineCare();
    f.files.put("study.yaml", (f.text("study.yaml") + "\nnote: a\u0001b\n").getBytes(StandardCharsets.UTF_8));

    assertThat(f.errors()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.file()).isEqualTo("spine-care/study.yaml");
      assertThat(e.message()).doesNotMatch(JAVA_NAMES);
    });
  }
}
