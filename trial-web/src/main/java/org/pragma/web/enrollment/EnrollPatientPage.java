package org.pragma.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pragma.enrollment.EnrollmentForm;
import org.pragma.enrollment.EnrollmentService;
import org.pragma.enrollment.Identifiers;
import org.pragma.enrollment.NewEnrollment;
import org.pragma.enrollment.PatientRecord;
import org.pragma.enrollment.PatientService;
import org.pragma.instrument.Instrument;
import org.pragma.protocol.ProtocolService;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.FieldErrors;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;

/**
 * The enrollment wizard after an eligible screening: patient and consent, then the baseline
 * questionnaires with their scores shown as items are answered, then the new study ID and arm. One
 * idempotency key per wizard, so a double click or a resubmitted page enrolls the patient once.
 */
@Named
@ViewScoped
public class EnrollPatientPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The wizard's steps, in order. */
  public enum Step { CONSENT, BASELINE, ENROLLED }

  @EJB private transient EnrollmentService enrollment;
  @EJB private transient PatientService patients;
  @EJB private transient ProtocolService protocols;

  private String study;
  private String site;
  private Long screening;
  private EnrollmentForm form;
  private Step step = Step.CONSENT;
  private final String idempotencyKey = UUID.randomUUID().toString();
  private final PersonForm person = new PersonForm();
  private final Map<String, Map<String, Object>> baseline = new LinkedHashMap<>();
  private PatientRecord enrolled;
  private final Map<String, String> instrumentErrors = new LinkedHashMap<>();

  private static final String ENROLL = "enroll:enrollButton";
  /** The wizard's patient and consent fields: their errors appear beside them, named by their labels. */
  private static final Form FIELDS = Form.at("enroll:next")
      .field("givenName", "enroll:given", "Given name").field("familyName", "enroll:family", "Family name")
      .field("dateOfBirth", "enroll:dob", "Date of birth").field("medicalRecordNumber", "enroll:mrn", "Medical record number")
      .field("phone", "enroll:phone", "Phone").field("email", "enroll:email", "Email")
      .field("consent.obtainedOn", "enroll:consentOn", "Consent obtained on").field("consent.obtainedBy", "enroll:consentBy", "Obtained by")
      .field("consent.documentVersion", "enroll:consentDoc", "Consent document version").field("consent", "enroll:next", "Consent");

  public void load() {
    if (form != null) {
      return;
    }
    try {
      if (screening == null) {
        Messages.error(null, null, "This link names no screening: open this page from an eligible screening.");
        return;
      }
      form = enrollment.prepare(study, site, screening);
      form.baselineInstruments().forEach(code -> baseline.put(code, new LinkedHashMap<>()));
      person.consentOn = form.today().toString();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** On to the baseline when the dates can be read; each unreadable date is marked beside its field. */
  public void toBaseline() {
    boolean dates = readable(person.dateOfBirth, "enroll:dob", "Date of birth");
    if (readable(person.consentOn, "enroll:consentOn", "Consent obtained on") && dates) {
      step = Step.BASELINE;
    }
  }

  public void back() {
    step = Step.CONSENT;
  }

  /**
   * Enrolls the patient. Every problem is shown at once beside what it concerns: a questionnaire's in
   * its panel, a patient or consent field's beside that field (the wizard goes back to it), anything
   * else beside the Enroll button.
   */
  public void enroll() {
    instrumentErrors.clear();
    try {
      NewEnrollment request = new NewEnrollment(screening, person.consent(form), person.identifiers(), copy(baseline));
      String studyId = enrollment.enroll(study, site, request, idempotencyKey).patient().studyId();
      enrolled = patients.get(study, studyId);
      step = Step.ENROLLED;
    } catch (DateTimeParseException e) {
      step = Step.CONSENT;
      toBaseline();
    } catch (DomainException e) {
      List<FieldErrors.FieldError> errors = e.errors().stream().map(FieldErrors::of).toList();
      instrumentErrors.putAll(InstrumentErrors.of("baseline", getInstruments(), errors));
      List<FieldErrors.FieldError> others = InstrumentErrors.others("baseline", errors);
      if (others.stream().anyMatch(err -> FIELDS.shows(err.field()))) {
        step = Step.CONSENT;
      }
      String fallback = step == Step.CONSENT ? "enroll:next" : ENROLL;
      others.forEach(err -> Messages.error(FIELDS.shows(err.field()) ? FIELDS.clientIdOf(err.field()) : fallback, null,
          FieldErrors.sentence(FIELDS.labelOf(err.field()), err.message())));
      if (errors.isEmpty()) {
        Messages.refused(e, Form.at(ENROLL));
      } else if (!instrumentErrors.isEmpty()) {
        Messages.error(ENROLL, null, "Not enrolled: complete the questionnaires marked above.");
      }
    } catch (EJBException e) {
      step = Step.CONSENT;
      Messages.invalid(e, FIELDS);
    }
  }

  private static boolean readable(String date, String clientId, String label) {
    try {
      if (date != null && !date.isBlank()) {
        LocalDate.parse(date.strip());
      }
      return true;
    } catch (DateTimeParseException e) {
      Messages.error(clientId, null, label + ": enter a date as YYYY-MM-DD.");
      return false;
    }
  }

  /** What is wrong with each baseline questionnaire, by instrument code (shown in its panel). */
  public Map<String, String> getInstrumentErrors() {
    return instrumentErrors;
  }

  /** The score of an instrument as answered so far, as the coordinator sees it while entering items. */
  public String scoreOf(String instrument) {
    return ScoreText.of(protocols, instrument, baseline.get(instrument));
  }

  /** The baseline instruments this patient completes, in protocol order. */
  public List<Instrument> getInstruments() {
    return form == null ? List.of() : form.baselineInstruments().stream().map(protocols::instrument).toList();
  }

  private static Map<String, Map<String, Object>> copy(Map<String, Map<String, Object>> answers) {
    Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
    answers.forEach((k, v) -> copy.put(k, ScoreText.answered(v)));
    return copy;
  }

  public List<Step> getSteps() {
    return List.of(Step.values());
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getScreening() {
    return screening == null ? null : screening.toString();
  }

  /** The link's screening; a link that names none (or not a number) leads to the page saying so. */
  public void setScreening(String screening) {
    this.screening = screening != null && screening.strip().matches("\\d{1,18}") ? Long.valueOf(screening.strip()) : null;
  }

  public EnrollmentForm getForm() {
    return form;
  }

  public Step getStep() {
    return step;
  }

  public PersonForm getPerson() {
    return person;
  }

  public Map<String, Map<String, Object>> getBaseline() {
    return baseline;
  }

  public PatientRecord getEnrolled() {
    return enrolled;
  }

  /** The identifiers and consent fields as typed. */
  public static class PersonForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String givenName = "";
    private String familyName = "";
    private String dateOfBirth = "";
    private String recordNumber = "";
    private String phone = "";
    private String email = "";
    private String consentOn = "";
    private String consentBy = "";
    private String consentDocument = "";

    Identifiers identifiers() {
      return new Identifiers(givenName, familyName, LocalDate.parse(dateOfBirth), recordNumber, blankToNull(phone), blankToNull(email));
    }

    NewEnrollment.Consent consent(EnrollmentForm form) {
      if (!form.consentModel().needsRecord()) {
        return new NewEnrollment.Consent(null, null, blankToNull(consentDocument));
      }
      return new NewEnrollment.Consent(consentOn.isBlank() ? null : LocalDate.parse(consentOn), consentBy, consentDocument);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }

    public String getGivenName() {
      return givenName;
    }

    public void setGivenName(String givenName) {
      this.givenName = givenName;
    }

    public String getFamilyName() {
      return familyName;
    }

    public void setFamilyName(String familyName) {
      this.familyName = familyName;
    }

    public String getDateOfBirth() {
      return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
    }

    public String getRecordNumber() {
      return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
      this.recordNumber = recordNumber;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getConsentOn() {
      return consentOn;
    }

    public void setConsentOn(String consentOn) {
      this.consentOn = consentOn;
    }

    public String getConsentBy() {
      return consentBy;
    }

    public void setConsentBy(String consentBy) {
      this.consentBy = consentBy;
    }

    public String getConsentDocument() {
      return consentDocument;
    }

    public void setConsentDocument(String consentDocument) {
      this.consentDocument = consentDocument;
    }
  }
}
