package org.pragma.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.WorklistRow;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.security.CurrentUser;
import org.pragma.security.SiteAssignment;
import org.pragma.shared.DomainException;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Messages;
import org.pragma.web.faces.PagedRows;

/**
 * The coordinator's worklist: open, due and overdue visits at their sites, by target date, a page at a
 * time. It opens on a study the user works at (a coordinator's own study, not the first of the list),
 * as of today at that study's clinics; an emptied date means today again.
 */
@Named
@ViewScoped
public class WorklistPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Visits per page; worklist.xhtml's table shows as many. */
  public static final int ROWS = 50;

  @EJB private transient FollowUpService followUp;
  @EJB private transient StudyService studies;
  @EJB private transient ProtocolService protocols;
  @Inject private StudyCalendar calendar;
  @Inject private CurrentUser currentUser;

  private String study;
  private Integer days = FollowUpService.DEFAULT_DAYS;
  private String on = "";
  private LocalDate asOf;
  private PagedRows<WorklistRow> rows;
  private List<String> studyCodes = List.of();
  private Map<String, String> armNames = Map.of();

  /** Reads the view parameters: the study (else the user's own), and the day ({@code on}, else today). */
  public void load() {
    try {
      studyCodes = studies.all().stream().map(Study::code).toList();
      if (study == null || study.isBlank()) {
        study = ownStudy();
      }
      if (on != null && !on.isBlank()) {
        asOf = LocalDate.parse(on.strip());
      }
      search();
    } catch (DateTimeParseException e) {
      Messages.error("worklist:on", "Not a date", "'" + on + "' is not a date; the worklist shows today instead.");
      asOf = null;
      search();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** Shows the worklist of the chosen study as of the chosen day (today at its clinics when left empty). */
  public void search() {
    if (study == null || study.isBlank()) {
      return;
    }
    try {
      armNames = new HashMap<>();
      protocols.visibleProtocol(study).arms().forEach(a -> armNames.put(a.code(), a.name()));
      if (asOf == null) {
        asOf = calendar.today(study);
      }
      String code = study;
      int ahead = days == null ? FollowUpService.DEFAULT_DAYS : days;
      LocalDate day = asOf;
      rows = new PagedRows<>(page -> followUp.worklist(code, ahead, day, page), ROWS);
    } catch (DomainException e) {
      rows = null;
      Messages.refused(null, e);
    }
  }

  /** The first study (by code) with a site the user is assigned to; else the first they may see. */
  private String ownStudy() {
    List<String> own = currentUser.assignments().stream().map(SiteAssignment::studyCode).toList();
    return studyCodes.stream().filter(own::contains).findFirst()
        .orElse(studyCodes.isEmpty() ? null : studyCodes.get(0));
  }

  /** The protocol's name for an arm code ("Individualized postural therapy", not "ipt"). */
  public String armName(String code) {
    return armNames.getOrDefault(code, code);
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

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
