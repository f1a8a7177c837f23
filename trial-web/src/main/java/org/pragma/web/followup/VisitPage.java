package org.pragma.web.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pragma.followup.ContactAttempt;
import org.pragma.followup.ContactAttemptView;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.NewContactAttempt;
import org.pragma.followup.VisitDataService;
import org.pragma.followup.VisitEntry;
import org.pragma.followup.VisitView;
import org.pragma.instrument.Instrument;
import org.pragma.protocol.ProtocolService;
import org.pragma.shared.DomainException;
import org.pragma.signature.SignatureMeaning;
import org.pragma.web.enrollment.InstrumentErrors;
import org.pragma.web.enrollment.ScoreText;
import org.pragma.web.faces.FieldErrors;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;

/**
 * Data entry for one visit: the visit's instruments as forms with the score shown as items are
 * answered, the visit date (out-of-window dates accepted and flagged), a reason once data exist,
 * contact attempts, and the data manager's lock under e-signature.
 */
@Named
@ViewScoped
public class VisitPage implements Serializable {
  /** Refusals of a save are shown next to the Save button, where the user is looking. */
  private static final String SAVE = "entry:save";
  private static final String CONTACT = "entry:addContact";
  private static final Form SAVE_FORM = Form.at(SAVE).field("visitOn", "entry:visitOn", "Visit date")
      .field("reason", "entry:reason", "Reason for the change");
  private static final Form CONTACT_FORM = Form.at(CONTACT).label("attemptedOn", "Contact date").label("note", "Note");

  private static final long serialVersionUID = 1L;

  @EJB private transient VisitDataService data;
  @EJB private transient FollowUpService followUp;
  @EJB private transient ProtocolService protocols;
  @Inject private org.pragma.protocol.StudyCalendar calendar;

  private String study;
  private String id;
  private String visitCode;
  private VisitView visit;
  private final Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
  private String visitOn = "";
  private String reason = "";
  private String password = "";
  private String unlockReason = "";
  private List<ContactAttemptView> contacts = List.of();
  private String contactOn = "";
  private ContactAttempt.Method contactMethod = ContactAttempt.Method.PHONE;
  private ContactAttempt.Outcome contactOutcome = ContactAttempt.Outcome.NO_ANSWER;
  private String contactNote = "";
  private final Map<String, String> instrumentErrors = new LinkedHashMap<>();

  public void load() {
    try {
      refresh();
      answers.clear();
      visit.instruments().forEach(i -> answers.put(i.code(), toText(i.answers())));
      LocalDate today = calendar.today(study);
      visitOn = visit.visitOn() != null ? visit.visitOn().toString() : today.toString();
      contactOn = today.toString();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /**
   * Saves the visit's data. Every problem is shown at once beside what it concerns: an answer's in its
   * questionnaire's panel, the date's and the reason's beside their fields, anything else beside Save.
   */
  public void save() {
    instrumentErrors.clear();
    try {
      Map<String, Map<String, Object>> given = new LinkedHashMap<>();
      answers.forEach((code, items) -> given.put(code, ScoreText.answered(items)));
      visit = data.record(study, id, visitCode, new VisitEntry(LocalDate.parse(visitOn), given, reason, visit.version()));
      reason = "";
      Messages.done(SAVE, "The visit is " + (visit.data() == org.pragma.followup.PatientVisit.DataState.COMPLETE ? "complete" : "saved as incomplete")
          + (visit.outOfWindow() ? ", out of its window (flagged)." : "."));
    } catch (DateTimeParseException e) {
      Messages.error("entry:visitOn", null, "Visit date: enter a date as YYYY-MM-DD.");
    } catch (DomainException e) {
      List<FieldErrors.FieldError> errors = e.errors().stream().map(FieldErrors::of).toList();
      instrumentErrors.putAll(InstrumentErrors.of("instruments", getInstruments(), errors));
      InstrumentErrors.others("instruments", errors).forEach(err -> Messages.error(SAVE_FORM.clientIdOf(err.field()), null,
          FieldErrors.sentence(SAVE_FORM.labelOf(err.field()), err.message())));
      if (errors.isEmpty()) {
        Messages.refused(e, SAVE_FORM);
      } else if (!instrumentErrors.isEmpty()) {
        Messages.error(SAVE, null, "Not saved: correct the answers marked above.");
      }
    } catch (EJBException e) {
      Messages.invalid(e, SAVE_FORM);
    }
  }

  public void lock() {
    try {
      visit = data.lock(study, id, visitCode, password, SignatureMeaning.REVIEW);
      Messages.done("entry:unlock", "The visit's data are locked under your e-signature.");
    } catch (DomainException e) {
      Messages.refused(e, Form.at("entry:lock").field("password", "entry:password", "Your password"));
    } catch (EJBException e) {
      Messages.invalid(e, Form.at("entry:lock").field("password", "entry:password", "Your password"));
    } finally {
      password = "";
    }
  }

  public void unlock() {
    try {
      visit = data.unlock(study, id, visitCode, unlockReason);
      unlockReason = "";
      Messages.done("entry:lock", "The visit's data can be changed again (with a reason).");
    } catch (DomainException e) {
      Messages.refused("entry:unlock", e);
    } catch (EJBException e) {
      Messages.invalid("entry:unlock", e);
    }
  }

  public void addContact() {
    try {
      followUp.recordContact(study, id, visitCode, new NewContactAttempt(LocalDate.parse(contactOn), contactMethod, contactOutcome, contactNote));
      contactNote = "";
      refresh();
    } catch (DateTimeParseException e) {
      Messages.error(CONTACT, null, "Contact date: enter a date as YYYY-MM-DD.");
    } catch (DomainException e) {
      Messages.refused(e, CONTACT_FORM);
    } catch (EJBException e) {
      Messages.invalid(e, CONTACT_FORM);
    }
  }

  /** What is wrong with each questionnaire's answers, by instrument code (shown in its panel). */
  public Map<String, String> getInstrumentErrors() {
    return instrumentErrors;
  }

  public String scoreOf(String instrument) {
    return ScoreText.of(protocols, instrument, answers.get(instrument));
  }

  public List<Instrument> getInstruments() {
    return visit == null ? List.of() : visit.instruments().stream().map(i -> protocols.instrument(i.code())).toList();
  }

  private void refresh() {
    visit = data.visit(study, id, visitCode);
    contacts = followUp.contacts(study, id, visitCode);
  }

  private static Map<String, Object> toText(Map<String, Object> stored) {
    Map<String, Object> text = new LinkedHashMap<>();
    stored.forEach((k, v) -> text.put(k, v == null ? null : v instanceof Number n ? String.valueOf(n.intValue()) : v.toString()));
    return text;
  }

  public ContactAttempt.Method[] getMethods() {
    return ContactAttempt.Method.values();
  }

  public ContactAttempt.Outcome[] getOutcomes() {
    return ContactAttempt.Outcome.values();
  }

  public VisitView getVisit() {
    return visit;
  }

  public Map<String, Map<String, Object>> getAnswers() {
    return answers;
  }

  public List<ContactAttemptView> getContacts() {
    return contacts;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getVisitCode() {
    return visitCode;
  }

  public void setVisitCode(String visitCode) {
    this.visitCode = visitCode;
  }

  public String getVisitOn() {
    return visitOn;
  }

  public void setVisitOn(String visitOn) {
    this.visitOn = visitOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getUnlockReason() {
    return unlockReason;
  }

  public void setUnlockReason(String unlockReason) {
    this.unlockReason = unlockReason;
  }

  public String getContactOn() {
    return contactOn;
  }

  public void setContactOn(String contactOn) {
    this.contactOn = contactOn;
  }

  public ContactAttempt.Method getContactMethod() {
    return contactMethod;
  }

  public void setContactMethod(ContactAttempt.Method contactMethod) {
    this.contactMethod = contactMethod;
  }

  public ContactAttempt.Outcome getContactOutcome() {
    return contactOutcome;
  }

  public void setContactOutcome(ContactAttempt.Outcome contactOutcome) {
    this.contactOutcome = contactOutcome;
  }

  public String getContactNote() {
    return contactNote;
  }

  public void setContactNote(String contactNote) {
    this.contactNote = contactNote;
  }
}
