package org.pragma.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabelsTest {
  /** Every enum whose values reach a page. Add yours here when a page shows a new one. */
  static final List<Class<? extends Enum<?>>> ON_PAGES = List.of(
      org.pragma.security.Role.class,
      org.pragma.study.StudyStatus.class,
      org.pragma.site.SiteStatus.class,
      org.pragma.enrollment.PatientStatus.class,
      org.pragma.enrollment.ConsentModel.class,
      org.pragma.screening.Sex.class,
      org.pragma.protocol.ArmRole.class,
      org.pragma.audit.AuditAction.class,
      org.pragma.followup.VisitStatus.class,
      org.pragma.followup.VisitStatus.Completion.class,
      org.pragma.followup.PatientVisit.DataState.class,
      org.pragma.followup.ContactAttempt.Method.class,
      org.pragma.followup.ContactAttempt.Outcome.class,
      org.pragma.signature.SignatureMeaning.class,
      org.pragma.protocol.eligibility.Criterion.Kind.class,
      org.pragma.spending.ServiceCategory.class,
      org.pragma.spending.ImportStatus.class,
      org.pragma.spending.PriceBasis.class);

  @Test
  void everyValueShownOnAPageHasALabel() {
    List<String> missing = ON_PAGES.stream().flatMap(type -> Stream.of(type.getEnumConstants()))
        .filter(e -> !Labels.has(e)).map(Labels::key).toList();
    assertThat(missing).as("labels missing from labels.properties").isEmpty();
  }

  @Test
  void labelsAreWordsNotCodes() {
    Labels labels = new Labels();
    assertThat(labels.of(org.pragma.security.Role.DATA_MANAGER)).isEqualTo("Data manager");
    assertThat(labels.of(org.pragma.study.StudyStatus.RANDOMIZED)).isEqualTo("Randomized");
    assertThat(labels.of(org.pragma.study.StudyStatus.FOLLOW_UP)).isEqualTo("Follow-up");
    assertThat(labels.of(org.pragma.followup.ContactAttempt.Method.IN_PERSON)).isEqualTo("In person");
    assertThat(labels.of(null)).isEmpty();
    assertThat(Labels.words("low-back")).isEqualTo("Low back");
    assertThat(Labels.words("NO_ANSWER")).isEqualTo("No answer");
  }

  @Test
  void numbersAndInstantsReadAsPeopleWriteThem() {
    Formats format = new Formats();
    assertThat(format.number(674139.6785798519, 2)).isEqualTo("674,139.68");
    assertThat(format.number(1.0959E7, 1)).isEqualTo("10,959,000");
    assertThat(format.count(1352078)).isEqualTo("1,352,078");
    assertThat(format.number(Double.NaN, 2)).isEqualTo("–");
    assertThat(format.instant(java.time.Instant.parse("2026-10-15T13:31:44.196894890Z"), "America/New_York"))
        .isEqualTo("2026-10-15 09:31 EDT");
  }
}
