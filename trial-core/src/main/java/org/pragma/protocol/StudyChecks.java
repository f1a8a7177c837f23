package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.protocol.validation.YamlDocument;

/**
 * Semantic checks of study.yaml that the schema cannot express: folder name, time zone, randomization
 * design, eligibility, instruments, enrollment targets, study-ID format and outcomes. Arm files are
 * checked by {@link ArmSetChecks}.
 */
final class StudyChecks {

  private final String folder;
  private final StudyDocuments docs;
  private final InstrumentCatalog catalog;
  private final YamlDocument study;
  private final List<ValidationError> errors = new ArrayList<>();

  StudyChecks(String folder, StudyDocuments docs, InstrumentCatalog catalog) {
    this.folder = folder;
    this.docs = docs;
    this.catalog = catalog;
    this.study = docs.study();
  }

  List<ValidationError> check() {
    JsonNode root = study.root();
    String code = root.get("code").asText();
    String folderName = folder.substring(folder.lastIndexOf('/') + 1);
    if (!folderName.isEmpty() && !folderName.equals(code)) {
      add("/code", "study code '" + code + "' does not match its folder '" + folder + "'",
          "Rename the folder to " + code + " or change the code.");
    }
    checkTimeZone(root.get("timeZone").asText());
    checkRandomization(root.get("randomization"));
    ConditionChecks conditions = new ConditionChecks(root.get("eligibility"));
    new EligibilityChecks(study, conditions, errors).check();
    new ScheduleChecks(study, catalog, conditions, errors)
        .checkInstruments(study, "/baselineInstruments", root.get("baselineInstruments"));
    checkEnrollment(root);
    new ArmSetChecks(docs, catalog, conditions, errors).check();
    checkOutcomes(root.path("outcomes"));
    return errors;
  }

  private void checkTimeZone(String zone) {
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      add("/timeZone", "unknown time zone '" + zone + "'", "Use an IANA zone id such as America/Chicago.");
    }
  }

  private void checkRandomization(JsonNode design) {
    String method = design.get("method").asText();
    Set<String> categorical = new HashSet<>();
    Set<String> covariates = new HashSet<>();
    int i = 0;
    for (JsonNode covariate : design.path("covariates")) {
      if (!covariates.add(covariate.get("code").asText())) {
        add("/randomization/covariates/" + i + "/code", "duplicate covariate '" + covariate.get("code").asText() + "'",
            "List each covariate once.");
      }
      if (!covariate.get("type").asText().equals("continuous")) {
        categorical.add(covariate.get("code").asText());
      }
      i++;
    }
    i = 0;
    for (JsonNode stratum : design.path("strata")) {
      if (!categorical.contains(stratum.asText())) {
        add("/randomization/strata/" + i, "stratum '" + stratum.asText() + "' is not a categorical or binary covariate",
            "Declare it under covariates with type categorical, or remove it.");
      }
      i++;
    }
    boolean constrained = method.equals("covariate-constrained");
    if (constrained && (covariates.isEmpty() || !design.has("constraintCutoff"))) {
      add("/randomization", "covariate-constrained randomization needs covariates and a constraintCutoff",
          "Add the cluster covariates and e.g. constraintCutoff: 0.1.");
    }
    if (!constrained && design.has("constraintCutoff")) {
      add("/randomization/constraintCutoff", "constraintCutoff applies only to covariate-constrained randomization",
          "Remove it or change the method.");
    }
    if (method.equals("stratified") && !design.has("strata")) {
      add("/randomization", "stratified randomization needs strata", "Add strata: [covariate code, ...].");
    }
  }

  private void checkEnrollment(JsonNode root) {
    JsonNode enrollment = root.get("enrollment");
    if (enrollment.has("perSiteTarget") && enrollment.get("perSiteTarget").asInt() > enrollment.get("target").asInt()) {
      add("/enrollment/perSiteTarget", "the per-site target exceeds the study target",
          "Make perSiteTarget at most target.");
    }
    String problem = StudyIdFormat.problemWith(root.get("studyIdFormat").asText());
    if (!problem.isEmpty()) {
      add("/studyIdFormat", "study-ID format: " + problem, "Write e.g. \"{site}-{seq:4}\".");
    }
  }

  private void checkOutcomes(JsonNode outcomes) {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      String pointer = "/outcomes/" + i;
      JsonNode outcome = outcomes.get(i);
      if (!codes.add(outcome.get("code").asText())) {
        add(pointer + "/code", "duplicate outcome code '" + outcome.get("code").asText() + "'", "Give each its own code.");
      }
      boolean fromInstrument = outcome.path("source").asText("instrument").equals("instrument");
      if (fromInstrument && !outcome.has("instrument")) {
        add(pointer, "an outcome measured by an instrument must name it", "Add instrument: <code> or a source.");
      } else if (outcome.has("instrument") && !catalog.contains(outcome.get("instrument").asText())) {
        add(pointer + "/instrument", "unknown instrument code '" + outcome.get("instrument").asText() + "'",
            "Use a code from protocols/instruments/.");
      }
      for (String problem : docs.visitProblems(outcome.get("visit").asText(), outcome.path("instrument").asText(""))) {
        add(pointer + "/visit", problem, "Add the visit (and instrument) to every arm's schedule, or fix the code.");
      }
    }
  }

  private void add(String pointer, String message, String hint) {
    errors.add(study.error(pointer, message, hint));
  }
}
