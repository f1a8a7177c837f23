package org.pragma.web.query;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pragma.protocol.StudyCalendar;
import org.pragma.query.DataQueryService;
import org.pragma.query.DataQueryView;
import org.pragma.query.QueryStatus;
import org.pragma.security.CurrentUser;
import org.pragma.security.SiteAssignment;
import org.pragma.shared.DomainException;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Messages;

/**
 * The data queries at the user's clinics of a study, oldest first: by default those not closed (a coordinator's
 * to answer, a data manager's to close or ask again), each linking to its visit, where it is answered.
 */
@Named
@ViewScoped
public class QueriesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The choices of the status filter: "not closed" (the default), one state, or every state. */
  public enum Shown {
    NOT_CLOSED(EnumSet.of(QueryStatus.OPEN, QueryStatus.ANSWERED)),
    OPEN(EnumSet.of(QueryStatus.OPEN)),
    ANSWERED(EnumSet.of(QueryStatus.ANSWERED)),
    CLOSED(EnumSet.of(QueryStatus.CLOSED)),
    ALL(EnumSet.noneOf(QueryStatus.class));

    private final Set<QueryStatus> states;

    Shown(Set<QueryStatus> states) {
      this.states = states;
    }
  }

  @EJB private transient DataQueryService queries;
  @EJB private transient StudyService studies;
  @EJB private transient SiteService sites;
  @EJB private transient org.pragma.protocol.ProtocolService protocols;
  @Inject private StudyCalendar calendar;
  @Inject private CurrentUser currentUser;

  private String study;
  private String site = "";
  private Shown shown = Shown.NOT_CLOSED;
  private List<String> studyCodes = List.of();
  private List<Site> siteList = List.of();
  private List<DataQueryView> rows = List.of();
  private ZoneId zone;

  /** Opens on the study the user works at (a coordinator's own), else the first. */
  public void load() {
    studyCodes = studies.all().stream().map(Study::code).toList();
    if (study == null || study.isBlank()) {
      List<String> own = currentUser.assignments().stream().map(SiteAssignment::studyCode).toList();
      study = studyCodes.stream().filter(own::contains).findFirst().orElse(studyCodes.isEmpty() ? null : studyCodes.get(0));
    }
    search();
  }

  public void search() {
    if (study == null || study.isBlank()) {
      return;
    }
    try {
      siteList = sites.of(study);
      zone = calendar.zone(study);
      rows = queries.list(study, site, shown.states);
    } catch (DomainException e) {
      rows = List.of();
      Messages.refused("queries:show", e);
    }
  }

  /** What a query is about, in words ("ODI · Lifting", not "ODI.odi3"). */
  public String fieldLabel(String field) {
    return QueryFields.label(protocols, field);
  }

  public Shown[] getShownChoices() {
    return Shown.values();
  }

  public List<DataQueryView> getRows() {
    return rows;
  }

  public List<String> getStudyCodes() {
    return studyCodes;
  }

  public List<Site> getSiteList() {
    return siteList;
  }

  public ZoneId getZone() {
    return zone;
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
    this.site = site == null ? "" : site;
  }

  public Shown getShown() {
    return shown;
  }

  public void setShown(Shown shown) {
    this.shown = shown == null ? Shown.NOT_CLOSED : shown;
  }
}
