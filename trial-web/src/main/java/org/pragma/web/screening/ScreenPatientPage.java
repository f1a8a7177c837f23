package org.pragma.web.screening;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.screening.NewScreening;
import org.pragma.screening.ScreeningRecord;
import org.pragma.screening.ScreeningService;
import org.pragma.screening.Sex;
import org.pragma.protocol.eligibility.AnswerError;
import org.pragma.protocol.eligibility.InvalidAnswersException;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.FieldErrors;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;
import org.pragma.web.protocol.ProtocolView;

/** "Screen a patient": the protocol's eligibility questions as a form, the outcome with reasons, and the site's log. */
@Named
@ViewScoped
public class ScreenPatientPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String DATE = "screen:screenedOn";
  private static final String SUBMIT = "screen:submit";

  @EJB private transient ScreeningService screening;
  @EJB private transient ProtocolService protocols;
  @Inject private StudyCalendar calendar;

  private String study;
  private String site;
  private List<ProtocolView.QuestionView> questions = List.of();
  private List<ScreeningRecord> log = List.of();
  private final Map<String, Object> answers = new HashMap<>();
  private String screenedOn = "";
  private Sex sex;
  private ScreeningRecord outcome;
  private final Map<String, String> answerErrors = new HashMap<>();

  public void load() {
    try {
      questions = ProtocolView.of(study, protocols.visibleProtocol(study)).eligibility().questions();
      screenedOn = calendar.today(study).toString();
      log = screening.log(study, site);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /**
   * Records the screening; every problem of the form (the date, each answer) is shown at once, each
   * beside its field: an answer's beside its question, named as the form asks it.
   */
  public void screen() {
    answerErrors.clear();
    LocalDate on = date(screenedOn);
    try {
      if (on == null) {
        Messages.error(DATE, null, "Enter the screening date as YYYY-MM-DD.");
        protocols.visibleProtocol(study).eligibility().evaluate(new HashMap<>(answers), calendar.today(study));
        return;
      }
      outcome = screening.screen(study, site, new NewScreening(on, sex, new HashMap<>(answers)));
      log = screening.log(study, site);
      answers.clear();
    } catch (InvalidAnswersException e) {
      e.errors().forEach(this::show);
      Messages.error(SUBMIT, null, "Not recorded: correct the answers marked above.");
    } catch (DomainException e) {
      Messages.refused(e, Form.at(SUBMIT).field("screenedOn", DATE, "Screening date"));
    }
  }

  private void show(AnswerError error) {
    if (error.question().equals("screenedOn")) {
      Messages.error(DATE, null, FieldErrors.sentence("Screening date", error.message()));
    } else {
      answerErrors.merge(error.question(), FieldErrors.sentence("This answer", error.message()), (a, b) -> a + " " + b);
    }
  }

  private static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** What is wrong with each question's answer, by question code (shown beside the question). */
  public Map<String, String> getAnswerErrors() {
    return answerErrors;
  }

  /** An option of a choice question as the form shows it ("Low back" for low-back). */
  public String option(String question, String code) {
    return questions.stream().filter(q -> q.code().equals(question)).findFirst()
        .map(q -> q.optionLabels().getOrDefault(code, code)).orElse(code == null ? "" : code);
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public Map<String, Object> getAnswers() {
    return answers;
  }

  public List<ProtocolView.QuestionView> getQuestions() {
    return questions;
  }

  /** Reads the site's log again (after a row of it changed). */
  public void reloadLog() {
    log = screening.log(study, site);
  }

  public List<ScreeningRecord> getLog() {
    return log;
  }

  public ScreeningRecord getOutcome() {
    return outcome;
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

  public String getScreenedOn() {
    return screenedOn;
  }

  public void setScreenedOn(String screenedOn) {
    this.screenedOn = screenedOn;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }
}
