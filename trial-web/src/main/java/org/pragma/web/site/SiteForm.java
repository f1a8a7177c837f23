package org.pragma.web.site;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.pragma.site.SiteChange;

/** The edit-a-site dialog's fields, filled from the site as shown; blank covariates are left out. */
public class SiteForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String code;
  private boolean randomized;
  private String name;
  private String healthSystem;
  private String location;
  private String stratum;
  private Integer enrollmentTarget;
  private final HashMap<String, String> covariates = new HashMap<>();
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
    Map<String, String> values = covariates.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
    return new SiteChange(name, healthSystem, location, stratum, enrollmentTarget, values, reason);
  }

  public String getCode() {
    return code;
  }

  /** A randomized site's stratum and covariates are shown but cannot be edited. */
  public boolean isRandomized() {
    return randomized;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHealthSystem() {
    return healthSystem;
  }

  public void setHealthSystem(String healthSystem) {
    this.healthSystem = healthSystem;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getStratum() {
    return stratum;
  }

  public void setStratum(String stratum) {
    this.stratum = stratum;
  }

  public Integer getEnrollmentTarget() {
    return enrollmentTarget;
  }

  public void setEnrollmentTarget(Integer enrollmentTarget) {
    this.enrollmentTarget = enrollmentTarget;
  }

  public Map<String, String> getCovariates() {
    return covariates;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
