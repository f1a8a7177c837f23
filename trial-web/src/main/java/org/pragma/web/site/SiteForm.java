package org.pragma.web.site;

import org.pragma.site.SiteChange;

/** The edit-a-site dialog's fields, filled from the site as shown; blank covariates are left out. */
public class SiteForm extends SiteFields {
  private static final long serialVersionUID = 1L;

  private String code;
  private boolean randomized;
  private Integer enrollmentTarget;
  private String reason;

  static SiteForm of(SiteView site) {
    SiteForm form = new SiteForm();
    form.code = site.code();
    form.randomized = site.arm() != null;
    form.name = site.name();
    form.healthSystem = site.healthSystem();
    form.location = site.location();
    form.stratum = site.stratum();
    form.enrollmentTarget = site.enrollmentTarget();
    form.covariates.putAll(site.covariates());
    return form;
  }

  SiteChange toChange() {
    return new SiteChange(name, healthSystem, location, stratum, enrollmentTarget, givenCovariates(), reason);
  }

  public String getCode() {
    return code;
  }

  /** A randomized site's stratum and covariates are shown but cannot be edited. */
  public boolean isRandomized() {
    return randomized;
  }

  public Integer getEnrollmentTarget() {
    return enrollmentTarget;
  }

  public void setEnrollmentTarget(Integer enrollmentTarget) {
    this.enrollmentTarget = enrollmentTarget;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
