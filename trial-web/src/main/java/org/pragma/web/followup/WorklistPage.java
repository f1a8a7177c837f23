package org.pragma.web.followup;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.WorklistRow;
import org.pragma.shared.DomainException;
import org.pragma.protocol.StudyCalendar;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Messages;
import org.pragma.web.faces.PagedRows;

/** The coordinator's worklist: open, due and overdue visits at their sites, by target date, a page at a time. */
@Named
@ViewScoped
public class WorklistPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Visits per page; worklist.xhtml's table shows as many. */
  public static final int ROWS = 50;

  @EJB private transient FollowUpService followUp;
  @EJB private transient StudyService studies;
  @Inject private StudyCalendar calendar;

  private String study;
  private int days = FollowUpService.DEFAULT_DAYS;
  private String on = "";
  private PagedRows<WorklistRow> rows;
  private List<String> studyCodes = List.of();

  public void load() {
    try {
      studyCodes = studies.all().stream().map(Study::code).toList();
      if ((study == null || study.isBlank()) && !studyCodes.isEmpty()) {
        study = studyCodes.get(0);
      }
      if (on.isBlank() && study != null && !study.isBlank()) {
        on = calendar.today(study).toString();
      }
      search();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public void search() {
    if (study == null || study.isBlank()) {
      return;
    }
    try {
      LocalDate asOf = LocalDate.parse(on);
      String code = study;
      int ahead = days;
      rows = new PagedRows<>(page -> followUp.worklist(code, ahead, asOf, page), ROWS);
    } catch (DateTimeParseException e) {
      Messages.error(null, "Not a date", "Enter the date as YYYY-MM-DD.");
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** The worklist, read from the database a page at a time as the table shows it. */
  public PagedRows<WorklistRow> getRows() {
    return rows;
  }

  public List<String> getStudyCodes() {
    return studyCodes;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }
}
