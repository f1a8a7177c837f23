package org.pragma.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pragma.allocation.AllocationService;
import org.pragma.enrollment.PatientService;
import org.pragma.enrollment.PatientStatus;
import org.pragma.enrollment.PatientSummary;
import org.pragma.shared.DomainException;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.web.faces.Messages;

/** "My site": the site's patients with search by study ID or name, status and next visit. */
@Named
@ViewScoped
public class SitePatientsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient PatientService patients;
  @EJB private transient SiteService sites;
  @EJB private transient AllocationService allocation;

  private String study;
  private String site;
  private String query = "";
  private PatientStatus status;
  private String siteName;
  private String arm;
  private String siteStatus;
  private Integer target;
  private int enrolled;
  private List<PatientSummary> rows = List.of();

  public void load() {
    try {
      Site s = sites.byCode(study, site);
      siteName = s.name();
      siteStatus = s.status().name().toLowerCase(java.util.Locale.ROOT);
      target = s.enrollmentTarget().orElse(null);
      arm = allocation.armOf(s).orElse("not randomized yet");
      search();
      enrolled = query.isBlank() && status == null ? rows.size() : patients.of(study, site, null, null).size();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** Every patient enrolled at the site, whatever the search shows. */
  public int getEnrolled() {
    return enrolled;
  }

  public void search() {
    try {
      rows = patients.of(study, site, query, status);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public PatientStatus[] getStatuses() {
    return PatientStatus.values();
  }

  public List<PatientSummary> getRows() {
    return rows;
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
