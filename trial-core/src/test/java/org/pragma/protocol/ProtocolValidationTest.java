package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.pragma.protocol.validation.ValidationError;

/** One bad file per validation rule; each error names file, line, column and what to do. */
class ProtocolValidationTest {

  private static final String ICE = "arms/ice.yaml";
  private static final String STUDY = "study.yaml";

  private static Condition<ValidationError> at(StudyFixture fixture, String file, String snippet, String message) {
    int line = fixture.lineOf(file, snippet);
    int column = fixture.columnOf(file, snippet);
    return new Condition<>(e -> e.file().equals("spine-care/" + file) && e.line() == line && e.column() == column
        && e.message().contains(message) && !e.hint().isEmpty(),
        "error in %s at %d:%d containing '%s'", file, line, column, message);
  }

  @Test
  void aStudyCodeInUpperCaseIsToldToBeWrittenInLowerCaseNotShownARegex() {
    StudyFixture f = StudyFixture.spineCare().replace(STUDY, "code: spine-care\n", "code: SPINE-CARE\n");

    assertThat(f.errors()).anySatisfy(e -> {
      assertThat(e).is(at(f, STUDY, "code: SPINE-CARE", "'/code' is 'SPINE-CARE', which is not a lower-case-kebab code"));
      assertThat(e.message()).doesNotContain("regex");
      assertThat(e.hint()).isEqualTo("Write it in lower case: spine-care.");
    });
  }

  @Test
  void rejectsUnknownKeyAtTheKey() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "role: experimental\n", "role: experimental\ncolour: red\n");

    assertThat(f.errors()).singleElement().is(at(f, ICE, "colour: red", "unknown key 'colour'"));
    assertThat(f.errors().get(0).hint()).contains("allowed keys here").contains("interventions");
  }

  @Test
  void rejectsMissingRequiredKeyAtItsParent() {
    StudyFixture f = StudyFixture.spineCare()
        .replace(STUDY, "      reason: Patients must be 18 or older.\n", "");

    assertThat(f.errors()).singleElement().is(at(f, STUDY, "code: adult", "missing required key 'reason'"));
  }

  @Test
  void rejectsWrongTypeAtTheKey() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "targetDay: 91", "targetDay: ninety-one");

    assertThat(f.errors()).singleElement().is(at(f, ICE, "targetDay: ninety-one", "must be a whole number"));
  }

  @Test
  void rejectsDuplicateArmCodes() {
    StudyFixture f = StudyFixture.spineCare().replace("arms/ipt.yaml", "code: ipt", "code: ice");

    assertThat(f.errors()).anySatisfy(e -> assertThat(e).is(at(f, "arms/ipt.yaml", "code: ice", "duplicate arm code 'ice'")));
  }

  @Test
  void rejectsUnknownInstrumentCode() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "- { code: NPRS }", "- { code: NPRX }");

    assertThat(f.errors()).anySatisfy(e -> assertThat(e).is(at(f, ICE, "code: NPRX", "unknown instrument code 'NPRX'")));
  }

  @Test
  void rejectsRatioThatDoesNotMatchTheArms() {
    StudyFixture f = StudyFixture.spineCare().replace(STUDY, "allocationRatio: \"1:1:1\"", "allocationRatio: \"1:1\"");

    assertThat(f.errors()).singleElement().is(at(f, STUDY, "allocationRatio", "has 2 part(s) but the study lists 3 arms"));
  }

  @Test
  void rejectsWindowOverlappingTheNextVisit() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "window: { before: 14, after: 28 }", "window: { before: 14, after: 260 }");

    assertThat(f.errors()).singleElement().is(at(f, ICE, "window: { before: 14, after: 260 }", "overlaps the window of 'month-12'"));
  }

  @Test
  void rejectsWindowOfNegativeWidth() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "window: { before: 14, after: 28 }", "window: { before: -20, after: 5 }");

    assertThat(f.errors()).singleElement().is(at(f, ICE, "window: { before: -20", "negative width"));
  }

  @Test
  void rejectsTargetDayOutsideItsWindow() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "window: { before: 14, after: 28 }", "window: { before: -5, after: 28 }");

    assertThat(f.errors()).singleElement().is(at(f, ICE, "targetDay: 91", "lies outside its window"));
  }

  @Test
  void rejectsRuleReferencingUnknownQuestion() {
    StudyFixture f = StudyFixture.spineCare().replace(STUDY, "{ value: age, atLeast: 18 }", "{ value: agee, atLeast: 18 }");

    assertThat(f.errors()).singleElement().is(at(f, STUDY, "value: agee", "unknown question 'agee'"));
  }

  @Test
  void rejectsYamlSyntaxErrorWithPosition() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "name: Identify", "name: [Identify");

    assertThat(f.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("spine-care/" + ICE);
      assertThat(e.message()).startsWith("not valid YAML");
      assertThat(e.line()).isGreaterThanOrEqualTo(f.lineOf(ICE, "name: [Identify"));
    });
  }

  @Test
  void rejectsDuplicateKey() {
    StudyFixture f = StudyFixture.spineCare().replace(STUDY, "sponsor: ", "sponsor: Someone\nsponsor: ");

    assertThat(f.errors()).singleElement().is(at(f, STUDY, "sponsor: Brigham", "duplicate key 'sponsor'"));
  }

  @Test
  void rejectsMissingAndUnlistedArmFiles() {
    StudyFixture f = StudyFixture.spineCare().replace(STUDY, "arms/ipt.yaml", "arms/postural.yaml");

    assertThat(f.errors()).anySatisfy(e -> assertThat(e).is(at(f, STUDY, "arms/postural.yaml", "does not exist")));
    assertThat(f.errors()).anySatisfy(e -> assertThat(e.message()).contains("arms/ipt.yaml is not listed"));
  }

  @Test
  void rejectsRiskGroupWithoutVariant() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "riskGroups: [medium, high]", "riskGroups: [medium]");

    assertThat(f.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no variant for risk group(s) [high]"));
  }

  @Test
  void rejectsOutcomeAtAVisitSomeArmLacks() {
    StudyFixture f = StudyFixture.spineCare().replace("arms/ipt.yaml", "code: month-12", "code: month-twelve");

    assertThat(f.errors()).anySatisfy(e -> assertThat(e.message()).contains("arm 'ipt' has no visit 'month-12'"));
  }

  @Test
  void rejectsChoiceOperandThatIsNotAnOption() {
    StudyFixture f = StudyFixture.spineCare().replace(ICE, "in: [neck]", "in: [shoulder]");

    assertThat(f.errors()).singleElement().satisfies(e -> assertThat(e.hint()).contains("low-back"));
  }

  @Test
  void rejectsStudyCodeThatDoesNotMatchItsFolder() {
    StudyFixture f = StudyFixture.spineCare().replace(STUDY, "code: spine-care", "code: spinecare");

    assertThat(f.errors()).singleElement().is(at(f, STUDY, "code: spinecare", "does not match its folder"));
  }
}
