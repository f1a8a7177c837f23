package org.pragma.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.pragma.web.faces.Labels;
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
  public static String link(String study, PatientFilter f) {
    StringBuilder url = new StringBuilder("patients.xhtml?study=").append(encode(study));
    param(url, "site", f.site());
    param(url, "arm", f.arm());
    param(url, "status", f.status() == null ? null : f.status().name());
    param(url, "visit", f.visit());
    param(url, "outcome", f.outcome() == null ? null : f.outcome().name());
    param(url, "from", f.from() == null ? null : f.from().toString());
    param(url, "to", f.to() == null ? null : f.to().toString());
    return url.toString();
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
    return new PatientFilter(site, arm, status, visit, visit == null || visit.isBlank() ? null : outcome, from, to);
  }

  /** Each filter in words, with the link to the list without it. */
  public List<Chip> getChips() {
    PatientFilter f = filter();
    List<Chip> chips = new ArrayList<>();
    if (f.site() != null) {
      chips.add(new Chip("Clinic " + siteOptions.getOrDefault(f.site(), f.site()), link(study, new PatientFilter(null, f.arm(), f.status(), f.visit(), f.outcome(), f.from(), f.to()))));
    }
    if (f.arm() != null) {
      chips.add(new Chip("Arm: " + armOptions.getOrDefault(f.arm(), f.arm()), link(study, new PatientFilter(f.site(), null, f.status(), f.visit(), f.outcome(), f.from(), f.to()))));
    }
    if (f.status() != null) {
      chips.add(new Chip("Status: " + Labels.label(f.status()), link(study, new PatientFilter(f.site(), f.arm(), null, f.visit(), f.outcome(), f.from(), f.to()))));
    }
    if (f.visit() != null) {
      String name = visitOptions.getOrDefault(f.visit(), f.visit());
      chips.add(new Chip(f.outcome() == null ? name : name + ": " + f.outcome().label(),
          link(study, new PatientFilter(f.site(), f.arm(), f.status(), null, null, f.from(), f.to()))));
    }
    if (f.from() != null || f.to() != null) {
      chips.add(new Chip("Enrolled " + (f.from() == null ? "up to " + f.to() : f.to() == null ? "from " + f.from() : f.from() + " to " + f.to()),
          link(study, new PatientFilter(f.site(), f.arm(), f.status(), f.visit(), f.outcome(), null, null))));
    }
    return chips;
  }

  /** A filter shown above the list: what it says, and where the list goes without it. */
  public record Chip(String label, String without) {}

  private static void param(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&').append(name).append('=').append(encode(value));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
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

  public Map<String, String> getSiteOptions() {
    return siteOptions;
  }

  public Map<String, String> getArmOptions() {
    return armOptions;
  }

  public Map<String, String> getVisitOptions() {
    return visitOptions;
  }

  public PatientStatus[] getStatuses() {
    return PatientStatus.values();
  }

  public ConsortOutcome[] getOutcomes() {
    return ConsortOutcome.values();
  }

  // View parameters and the filter form.
  public String getStudy() { return study; }
  public void setStudy(String study) { this.study = study; }
  public String getSite() { return site; }
  public void setSite(String site) { this.site = site; }
  public String getArm() { return arm; }
  public void setArm(String arm) { this.arm = arm; }
  public PatientStatus getStatus() { return status; }
  public void setStatus(PatientStatus status) { this.status = status; }
  public String getVisit() { return visit; }
  public void setVisit(String visit) { this.visit = visit; }
  public ConsortOutcome getOutcome() { return outcome; }
  public void setOutcome(ConsortOutcome outcome) { this.outcome = outcome; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
}
