package org.pragma.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pragma.dashboard.Dashboard;
import org.pragma.dashboard.DashboardFilter;
import org.pragma.dashboard.DashboardService;
import org.pragma.dashboard.InvalidFilterException;
import org.pragma.followup.PatientFilter;
import org.pragma.followup.StudyPatientsService;
import org.pragma.web.followup.StudyPatientsPage;
import org.pragma.security.CurrentUser;
import org.pragma.security.SiteAssignment;
import org.pragma.shared.DomainException;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The investigators' dashboard of one study: filters by arm, site and date range, the figures of
 * {@link DashboardService} as charts and tables, and the CONSORT diagram drawn on the server (SVG on the
 * page, SVG and PNG to download). It opens on a study of the user's own.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient DashboardService dashboards;
  @EJB private transient StudyService studies;
  @EJB private transient SiteService sites;
  @EJB private transient org.pragma.protocol.ProtocolService protocols;
  @Inject private CurrentUser currentUser;

  private String study;
  private String arm;
  private String site;
  private LocalDate from;
  private LocalDate to;
  private List<String> studyCodes = List.of();
  private List<Site> siteOptions = List.of();
  /** The protocol's arms, code to name, in file order. */
  private java.util.LinkedHashMap<String, String> armOptions = new java.util.LinkedHashMap<>();
  private Dashboard dashboard;
  private ConsortDiagram consort;

  /** Reads the view parameters (the study, else the user's own) and shows its dashboard. */
  public void load() {
    try {
      studyCodes = studies.all().stream().map(Study::code).toList();
      if (study == null || study.isBlank()) {
        List<String> own = currentUser.assignments().stream().map(SiteAssignment::studyCode).toList();
        study = studyCodes.stream().filter(own::contains).findFirst().orElse(studyCodes.isEmpty() ? null : studyCodes.get(0));
      }
      show();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** Shows the chosen study narrowed by the filters; a filter at fault gets its message next to it. */
  public void show() {
    dashboard = null;
    consort = null;
    if (study == null || study.isBlank()) {
      return;
    }
    try {
      armOptions = new java.util.LinkedHashMap<>();
      protocols.visibleProtocol(study).arms().forEach(a -> armOptions.put(a.code(), a.name()));
      siteOptions = sites.of(study).stream()
          .sorted(java.util.Comparator.comparing(Site::code, org.pragma.followup.SiteProgress.CODE_ORDER)).toList();
      dashboard = dashboards.dashboard(study, new DashboardFilter(arm, site, from, to));
      consort = ConsortDiagram.of(dashboard.consort(), links(dashboard.study(), new DashboardFilter(arm, site, from, to)));
    } catch (InvalidFilterException e) {
      Messages.refused("dashboard:" + e.field(), e);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /**
   * Where the diagram's counts lead for this caller: the study's site list (the admins' page), and the
   * patient list narrowed as the dashboard is, for the roles that may read it.
   */
  private static ConsortDiagram.Links links(String study, DashboardFilter filter) {
    jakarta.faces.context.ExternalContext caller = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    String sites = caller.isUserInRole(org.pragma.security.Roles.ADMIN) ? "sites.xhtml?code=" + study : null;
    boolean patients = java.util.Arrays.stream(StudyPatientsService.class.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
        .anyMatch(caller::isUserInRole);
    return new ConsortDiagram.Links() {
      @Override
      public String sites() {
        return sites;
      }

      @Override
      public String patients(String arm, String visit, org.pragma.followup.ConsortOutcome outcome) {
        return patients ? StudyPatientsPage.link(study, new PatientFilter(filter.site(), arm != null ? arm : filter.arm(), null, visit,
            outcome, filter.from(), filter.to())) : null;
      }
    };
  }

  /** Clears the filters and shows the whole study again. */
  public void clear() {
    arm = null;
    site = null;
    from = null;
    to = null;
    show();
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public DashboardCharts getCharts() {
    return dashboard == null ? null : new DashboardCharts(dashboard);
  }

  public String getConsortSvg() {
    return consort == null ? "" : consort.svg();
  }

  public StreamedContent getConsortSvgFile() {
    String svg = getConsortSvg();
    return DefaultStreamedContent.builder().name(fileName("svg")).contentType("image/svg+xml")
        .stream(() -> new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).build();
  }

  public StreamedContent getConsortPngFile() {
    ConsortDiagram diagram = consort;
    return DefaultStreamedContent.builder().name(fileName("png")).contentType("image/png")
        .stream(() -> new ByteArrayInputStream(diagram == null ? new byte[0] : ConsortPng.of(diagram))).build();
  }

  private String fileName(String extension) {
    return "consort-" + (dashboard == null ? "study" : dashboard.study()) + "-" + (dashboard == null ? "" : dashboard.today())
        + "." + extension;
  }

  /** The protocol's name of an arm code. */
  public String armName(String code) {
    return dashboard == null ? code : dashboard.arms().stream().filter(a -> a.code().equals(code)).map(Dashboard.ArmName::name)
        .findFirst().orElse(code);
  }

  /** An arm's short name: the abbreviation in parentheses when its name has one ("ICE"), else the name. */
  public String armShort(String code) {
    String name = armName(code);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^)]{1,12})\\)\\s*$").matcher(name);
    return m.find() ? m.group(1) : name;
  }

  /** Sites behind target, overall. */
  public long getBehind() {
    return dashboard == null ? 0 : dashboard.sites().stream().filter(Dashboard.SiteEnrollment::behindTarget).count();
  }

  public long getEnrolled() {
    return dashboard == null ? 0 : dashboard.sites().stream().mapToLong(Dashboard.SiteEnrollment::enrolled).sum();
  }

  public long getTarget() {
    return dashboard == null ? 0 : dashboard.sites().stream().map(Dashboard.SiteEnrollment::target)
        .filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum();
  }

  public long getOverdue() {
    return dashboard == null ? 0 : dashboard.followUpByArm().stream().mapToLong(Dashboard.FollowUpRow::overdue).sum();
  }

  public long getRecent() {
    return dashboard == null ? 0 : dashboard.sites().stream().mapToLong(Dashboard.SiteEnrollment::enrolledLast30Days).sum();
  }

  public List<String> getStudyCodes() {
    return studyCodes;
  }

  public List<Map.Entry<String, String>> getArmOptions() {
    return List.copyOf(armOptions.entrySet());
  }

  public List<Site> getSiteOptions() {
    return siteOptions;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getArm() {
    return arm;
  }

  public void setArm(String arm) {
    this.arm = arm;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
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
