package org.pragma.web.site;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields a site's add and edit dialogs share: the clinic's record and its covariates as typed. */
abstract class SiteFields implements Serializable {
  private static final long serialVersionUID = 1L;

  protected String name;
  protected String healthSystem;
  protected String location;
  protected String stratum;
  protected final HashMap<String, String> covariates = new HashMap<>();

  /** The covariates given, trimmed; blank ones are left out (they may be given later). */
  Map<String, String> givenCovariates() {
    return covariates.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
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

  public Map<String, String> getCovariates() {
    return covariates;
  }
}
