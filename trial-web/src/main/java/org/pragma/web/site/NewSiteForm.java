package org.pragma.web.site;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.pragma.site.NewSite;

/**
 * The add-a-site dialog's fields as typed. The target stays text until saved, so that a mistyped
 * number is reported together with every other problem of the form, not alone first.
 */
public class NewSiteForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String code;
  private String name;
  private String healthSystem;
  private String location;
  private String stratum;
  private String enrollmentTarget;
  private final HashMap<String, String> covariates = new HashMap<>();

  /** The request to register, blank covariates left out (they may be given later); a target that is not a number as none. */
  NewSite toNewSite() {
    Map<String, String> values = covariates.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
    Integer target = targetIsNumber() && enrollmentTarget != null && !enrollmentTarget.isBlank()
        ? Integer.valueOf(enrollmentTarget.strip()) : null;
    String siteCode = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    return new NewSite(siteCode, name, blankToNull(healthSystem), blankToNull(location), blankToNull(stratum), target, values);
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

  public String getEnrollmentTarget() {
    return enrollmentTarget;
  }

  public void setEnrollmentTarget(String enrollmentTarget) {
    this.enrollmentTarget = enrollmentTarget;
  }

  public Map<String, String> getCovariates() {
    return covariates;
  }
}
