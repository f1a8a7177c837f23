package org.pragma.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pragma.allocation.AllocationService;
import org.pragma.enrollment.PatientService;
import org.pragma.enrollment.PatientStatus;
import org.pragma.enrollment.PatientSummary;
import org.pragma.shared.DomainException;
import org.pragma.site.Site;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyProtocol;
import org.pragma.site.SiteService;
import org.pragma.web.faces.Labels;
import org.pragma.web.faces.Messages;
import org.pragma.web.faces.PagedRows;

/**
 * "My site": the site's patients a page at a time, searched by study ID, record number or exact family
 * name, with status and next visit.
 */
@Named
@ViewScoped
public class SitePatientsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Patients per page; site.xhtml's table shows as many. */
  public static final int ROWS = 25;

  @EJB private transient PatientService patients;
  @EJB private transient SiteService sites;
  @EJB private transient AllocationService allocation;
  @EJB private transient ProtocolService protocols;

  private String study;
  private String site;
  private String query = "";
  private PatientStatus status;
  private String siteName;
  private String arm;
  private String siteStatus;
  private Integer target;
  private long enrolled;
  private boolean showsNames;
  private PagedRows<PatientSummary> rows;

  public void load() {
    try {
      Site s = sites.byCode(study, site);
      siteName = s.name();
      siteStatus = Labels.label(s.status());
      StudyProtocol protocol = protocols.visibleProtocol(study);
      target = s.enrollmentTarget().or(() -> protocol.enrollment().perSite()).orElse(null);
      arm = allocation.armOf(s).map(code -> protocol.arm(code).map(Arm::name).orElse(code)).orElse("Not randomized yet");
      enrolled = patients.enrolledAt(study, site);
      showsNames = patients.identifiersVisibleAt(study, site);
      search();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** Every patient enrolled at the site, whatever the search shows (one count query). */
  public long getEnrolled() {
    return enrolled;
  }

  /** Shows the first page of what the search and status match; the table reads each page as it is shown. */
  public void search() {
    String q = query;
    PatientStatus st = status;
    rows = new PagedRows<>(page -> patients.of(study, site, q, st, page), ROWS);
  }

  public PatientStatus[] getStatuses() {
    return PatientStatus.values();
  }

  public PagedRows<PatientSummary> getRows() {
    return rows;
  }

  /** Whether the caller sees names here (the site's coordinators and admins). */
  public boolean isShowsNames() {
    return showsNames;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getArm() {
    return arm;
  }

  public String getSiteStatus() {
    return siteStatus;
  }

  public Integer getTarget() {
    return target;
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

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public PatientStatus getStatus() {
    return status;
  }

  public void setStatus(PatientStatus status) {
    this.status = status;
  }
}
