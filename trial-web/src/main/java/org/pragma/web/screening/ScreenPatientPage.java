package org.pragma.web.screening;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.screening.NewScreening;
import org.pragma.screening.ScreeningRecord;
import org.pragma.screening.ScreeningService;
import org.pragma.screening.Sex;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.Messages;
import org.pragma.web.protocol.ProtocolView;

/** "Screen a patient": the protocol's eligibility questions as a form, the outcome with reasons, and the site's log. */
@Named
@ViewScoped
public class ScreenPatientPage implements Serializable {
  private static final long serialVersionUID = 1L;

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

  public void load() {
    try {
      questions = ProtocolView.of(study, protocols.visibleProtocol(study)).eligibility().questions();
      screenedOn = calendar.today(study).toString();
      log = screening.log(study, site);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public void screen() {
    try {
      outcome = screening.screen(study, site, new NewScreening(LocalDate.parse(screenedOn), sex, new HashMap<>(answers)));
      log = screening.log(study, site);
      answers.clear();
    } catch (java.time.format.DateTimeParseException e) {
      Messages.error("screenedOn", "Screening date", "Enter the screening date as YYYY-MM-DD.");
    } catch (DomainException e) {
      Messages.refused(null, e);
      e.errors().forEach(err -> Messages.error(null, "Answer", err.toString()));
    }
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
