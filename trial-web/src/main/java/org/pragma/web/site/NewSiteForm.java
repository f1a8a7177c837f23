package org.pragma.web.site;

import org.pragma.site.NewSite;

/**
 * The add-a-site dialog's fields as typed. The target stays text until saved, so that a mistyped
 * number is reported together with every other problem of the form, not alone first.
 */
public class NewSiteForm extends SiteFields {
  private static final long serialVersionUID = 1L;

  private String code;
  private String enrollmentTarget;

  /** The request to register, blank covariates left out (they may be given later); a target that is not a number as none. */
  NewSite toNewSite() {
    Integer target = targetIsNumber() && enrollmentTarget != null && !enrollmentTarget.isBlank()
        ? Integer.valueOf(enrollmentTarget.strip()) : null;
    String siteCode = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    return new NewSite(siteCode, name, blankToNull(healthSystem), blankToNull(location), blankToNull(stratum), target, givenCovariates());
  }

  /** Whether the target, if any, is a whole number. */
  boolean targetIsNumber() {
    return enrollmentTarget == null || enrollmentTarget.isBlank() || enrollmentTarget.strip().matches("[0-9]{1,9}");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getEnrollmentTarget() {
    return enrollmentTarget;
  }

  public void setEnrollmentTarget(String enrollmentTarget) {
    this.enrollmentTarget = enrollmentTarget;
  }
}
