package org.pragma.web.site;

import java.util.List;
import java.util.Map;

/** Where each field of the add-a-site dialog sits on the page, and what it is called there. */
final class AddSiteFields {
  private static final Map<String, String> IDS = Map.of(
      "code", "add-code", "name", "add-name", "healthSystem", "add-health-system", "location", "add-location",
      "stratum", "add-stratum", "enrollmentTarget", "add-target");
  private static final Map<String, String> LABELS = Map.of(
      "code", "Code", "name", "Name", "healthSystem", "Health system", "location", "Location",
      "stratum", "Stratum", "enrollmentTarget", "Enrollment target");

  private AddSiteFields() {}

  /** The client id of a field ({@code covariates.<code>} for a covariate), or the save button's for anything else. */
  static String clientId(String field, List<String> covariateCodes) {
    if (field.startsWith("covariates.")) {
      int index = covariateCodes.indexOf(field.substring("covariates.".length()));
      return index < 0 ? "sites:add-save" : "sites:add-covariates:" + index + ":add-covariate";
    }
    return "sites:" + IDS.getOrDefault(field, "add-save");
  }

  /** "Code", "Enrollment target", or the covariate's code as the study file names it. */
  static String label(String field) {
    return field.startsWith("covariates.") ? org.pragma.web.faces.Labels.words(field.substring("covariates.".length())) : LABELS.getOrDefault(field, field);
  }
}
