package org.pragma.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.ConsortOutcome;
import org.pragma.followup.ListedPatient;
import org.pragma.followup.PatientFilter;
import org.pragma.followup.StudyPatientsService;
import org.pragma.protocol.ProtocolService;
import org.pragma.shared.DomainException;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;
import org.pragma.web.faces.PagedRows;

/**
 * The study's patients across the caller's clinics, narrowed as the dashboard counts them: each filter
 * is a view parameter (so a CONSORT box links straight to its list) and shows as a chip that removes it.
 */
@Named
@ViewScoped
public class StudyPatientsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Patients per page; patients.xhtml's table shows as many. */
  public static final int ROWS = 25;

  @EJB private transient StudyPatientsService patients;
  @EJB private transient SiteService sites;
  @EJB private transient ProtocolService protocols;
  @EJB private transient org.pragma.study.StudyService studies;
  @jakarta.inject.Inject private org.pragma.security.CurrentUser currentUser;

  private String study;
  private List<String> studyCodes = List.of();
  private String site;
  private String arm;
  private PatientStatus status;
  private String visit;
  private ConsortOutcome outcome;
  private LocalDate from;
  private LocalDate to;
  private final Map<String, String> siteOptions = new LinkedHashMap<>();
  private final Map<String, String> armOptions = new LinkedHashMap<>();
  private Map<String, String> visitOptions = new LinkedHashMap<>();
  private PagedRows<ListedPatient> rows;
  private boolean refused;

  /** The link to the list of {@code study} narrowed by {@code filter}, relative to the application's pages. */
  public static String link(String study, PatientFilter filter) {
    return PatientListLinks.link(study, filter);
  }

  public void load() {
    try {
      studyCodes = studies.all().stream().map(org.pragma.study.Study::code).toList();
      if (study == null || study.isBlank()) {
        List<String> own = currentUser.assignments().stream().map(org.pragma.security.SiteAssignment::studyCode).toList();
        study = studyCodes.stream().filter(own::contains).findFirst().orElse(studyCodes.isEmpty() ? null : studyCodes.get(0));
      }
      if (study == null) {
        return;
      }
      sites.of(study).stream().sorted(java.util.Comparator.comparing(Site::code, org.pragma.followup.SiteProgress.CODE_ORDER))
          .forEach(s -> siteOptions.put(s.code(), s.code() + " · " + s.name()));
      protocols.visibleProtocol(study).arms().forEach(a -> armOptions.put(a.code(), a.name()));
      visitOptions = patients.visits(study);
      PatientFilter f = filter();
      rows = new PagedRows<>(page -> patients.list(study, f, page), ROWS);
      rows.getTotal();
    } catch (org.pragma.followup.PatientFilterException e) {
      refused = true;
      Messages.refused(e, Form.at(null).field("arm", "patients:arm", "").field("visit", "patients:visit", "")
          .field("outcome", "patients:outcome", "").field("to", "patients:to", ""));
    } catch (DomainException e) {
      refused = true;
      Messages.refused(null, e);
    }
  }

  /** Shows the list the filters chosen on the page describe, as a link of its own. */
  public String show() {
    return link(study, filter()).replace("patients.xhtml", "/patients.xhtml") + "&faces-redirect=true";
  }

  public PatientFilter filter() {
    return new PatientFilter(site, arm, status, visit, outcome, from, to);
  }

  /** Each filter in words, with the link to the list without it. */
  public List<PatientListLinks.Chip> getChips() {
    return PatientListLinks.chips(study, filter(), siteOptions, armOptions, visitOptions);
  }

  public PagedRows<ListedPatient> getRows() {
    return rows;
  }

  public boolean isRefused() {
    return refused;
  }

  public List<String> getStudyCodes() {
    return studyCodes;
  }

  /** Code and name of each site, for the filter's menu. */
  public List<Map.Entry<String, String>> getSiteOptions() {
    return List.copyOf(siteOptions.entrySet());
  }

  /** Code and name of each arm, for the filter's menu. */
  public List<Map.Entry<String, String>> getArmOptions() {
    return List.copyOf(armOptions.entrySet());
  }

  /** The name of the visit the list is narrowed to (the outcome column's heading). */
  public String getVisitName() {
    return visit == null ? "" : visitOptions.getOrDefault(visit, visit);
  }

  /** Code and name of each visit, for the filter's menu. */
  public List<Map.Entry<String, String>> getVisitOptions() {
    return List.copyOf(visitOptions.entrySet());
  }

  public PatientStatus[] getStatuses() {
    return PatientStatus.values();
  }

  public ConsortOutcome[] getOutcomes() {
    return ConsortOutcome.values();
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

  public String getArm() {
    return arm;
  }

  public void setArm(String arm) {
    this.arm = arm;
  }

  public PatientStatus getStatus() {
    return status;
  }

  public void setStatus(PatientStatus status) {
    this.status = status;
  }

  public String getVisit() {
    return visit;
  }

  public void setVisit(String visit) {
    this.visit = visit;
  }

  public ConsortOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ConsortOutcome outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
