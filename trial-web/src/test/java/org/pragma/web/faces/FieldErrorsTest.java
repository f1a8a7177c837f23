package org.pragma.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pragma.enrollment.EnrollmentError;
import org.pragma.protocol.eligibility.AnswerError;
import org.pragma.shared.ImplausibleDateException;

class FieldErrorsTest {
  @Test
  void domainErrorsReadAsTheFieldsLabelThenTheMessageNeverAsRecords() {
    FieldErrors.FieldError visit = FieldErrors.of(new EnrollmentError("visitOn", "cannot be in the future"));
    assertThat(FieldErrors.sentence(Labels.field(visit.field()), visit.message())).isEqualTo("Visit date cannot be in the future.");
    FieldErrors.FieldError answer = FieldErrors.of(new AnswerError("pain-location", "is required"));
    assertThat(answer).isEqualTo(new FieldErrors.FieldError("pain-location", "is required"));
    assertThat(FieldErrors.of(new ImplausibleDateException.FieldProblem("screenedOn", "must not be in the future")).field())
        .isEqualTo("screenedOn");
    assertThat(FieldErrors.of(new Object() { }).message()).isEqualTo("This value cannot be used.");
  }

  @Test
  void aFormPlacesEachErrorBesideItsFieldAndNamesItByItsLabel() {
    Form form = Form.at("enroll:enrollButton").field("consent.obtainedOn", "enroll:consentOn", "Consent obtained on");
    assertThat(form.clientIdOf("consent.obtainedOn")).isEqualTo("enroll:consentOn");
    assertThat(form.clientIdOf("enroll.arg1.consent.obtainedOn")).isEqualTo("enroll:consentOn");
    assertThat(form.labelOf("consent.obtainedOn")).isEqualTo("Consent obtained on");
    assertThat(form.clientIdOf("baseline.ODI")).isEqualTo("enroll:enrollButton");
    assertThat(form.shows("baseline.ODI")).isFalse();
    assertThat(form.labelOf("enroll.arg2.identifiers.givenName")).isEqualTo("Given name");
    assertThat(Labels.field("register.arg0.fullName")).isEqualTo("Full name");
    assertThat(Labels.field("lockedUntil")).isEqualTo("Locked until");
    assertThat(Labels.field("ODI.score")).isEqualTo("ODI score");
    assertThat(Labels.field("baseline.SBST")).isEqualTo("Baseline SBST");
  }

  @Test
  void aRefusalsPointerToItsErrorListNeverReachesAPage() {
    assertThat(Messages.plain("The baseline data are missing, incomplete or out of range: see errors."))
        .isEqualTo("The baseline data are missing, incomplete or out of range.");
    assertThat(Messages.plain("Some answers cannot be saved: see errors. Nothing was saved."))
        .isEqualTo("Some answers cannot be saved. Nothing was saved.");
    assertThat(Messages.plain("3 error(s) in the uploaded protocol; nothing was loaded. See errors."))
        .isEqualTo("3 error(s) in the uploaded protocol; nothing was loaded.");
  }

  @Test
  void aMessageIsOneTextWithItsHeadingOnce() {
    assertThat(Messages.text("Site saved", "Site S1 was corrected.")).isEqualTo("Site saved. Site S1 was corrected.");
    assertThat(Messages.text(null, "Enter the screening date.")).isEqualTo("Enter the screening date.");
    assertThat(Messages.text("Saved", "Saved as incomplete.")).isEqualTo("Saved as incomplete.");
    assertThat(Messages.text("Not imported", "")).isEqualTo("Not imported");
  }

  @Test
  void auditValuesReadAsLabels() {
    assertThat(Labels.stored("data", "COMPLETE")).isEqualTo("Complete");
    assertThat(Labels.stored("consentModel", "IMPLIED_BY_BASELINE")).isEqualTo("Implied by completing the baseline questionnaire");
    assertThat(Labels.stored("unreachable", "true")).isEqualTo("Yes");
    assertThat(Labels.stored("status", "ACTIVE")).isEqualTo("Active");
    assertThat(Labels.stored("arm", "ice")).isEqualTo("ice");
    assertThat(Labels.stored("failed", "[{\"code\":\"adult\",\"kind\":\"inclusion\",\"reason\":\"Patients must be 18 or older.\"}]"))
        .isEqualTo("Patients must be 18 or older.");
    assertThat(Labels.stored("failed", "[]")).isEqualTo("None");
    assertThat(Labels.stored("ODI.answers", "{\"odi1\":2,\"odi2\":3}")).isEqualTo("1: 2, 2: 3");
  }

  @Test
  void facesOwnMessagesAreOneSentenceNamingTheFieldByItsLabel() throws Exception {
    Properties messages = new Properties();
    try (var in = getClass().getResourceAsStream("/org/pragma/web/FacesMessages.properties")) {
      messages.load(in);
    }
    assertThat(messages).isNotEmpty();
    messages.stringPropertyNames().stream().filter(k -> !k.endsWith("_detail")).forEach(key -> {
      assertThat(messages.getProperty(key + "_detail")).as(key + "_detail").isEqualTo(messages.getProperty(key));
      assertThat(messages.getProperty(key)).as(key).doesNotContain("Validation Error", "9223372036854775807", "Conversion error");
    });
    assertThat(java.text.MessageFormat.format(messages.getProperty("jakarta.faces.converter.LongConverter.LONG"), "abc", "42", "Year of birth"))
        .isEqualTo("Year of birth: enter a whole number ('abc' is not one).");
  }
}
