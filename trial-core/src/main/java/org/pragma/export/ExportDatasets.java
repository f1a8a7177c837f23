package org.pragma.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pragma.enrollment.PatientStatus;
import org.pragma.exports.Dataset;
import org.pragma.exports.Missing;
import org.pragma.exports.Variable;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.Item;
import org.pragma.instrument.ScoringMethod;
import org.pragma.protocol.Arm;
import org.pragma.protocol.InstrumentUse;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.Visit;
import org.pragma.protocol.eligibility.Criterion;
import org.pragma.screening.Sex;
import org.pragma.spending.ServiceCategory;
import org.pragma.spending.SpendingWindow;

/**
 * The five datasets of an analysis export and their codebooks, built from the study's protocol: its
 * arms, the union of the arms' visits (by target day), the instruments given at them, the site
 * covariates of the randomization, the eligibility criteria and the spending categories. Variable
 * names follow issue 15: {@code odi_month_3}, {@code odi_change_month_3}, {@code spending_12m_total}.
 */
public final class ExportDatasets {
  public static final String PATIENTS = "patients";
  public static final String VISITS = "visits";
  public static final String UTILIZATION = "utilization";
  public static final String SITES = "sites";
  public static final String SCREENING = "screening";
  /** Every dataset, in the order an export writes them. */
  public static final List<String> NAMES = List.of(PATIENTS, VISITS, UTILIZATION, SITES, SCREENING);

  static final int AGE_TOP_CODE = 90;

  final StudyProtocol protocol;
  final boolean actualDates;
  final List<Visit> visits;
  final Visit baseline;
  final List<Instrument> instruments;
  final List<String> covariates;
  final List<Criterion> criteria;

  public ExportDatasets(StudyProtocol protocol, boolean actualDates) {
    this.protocol = protocol;
    this.actualDates = actualDates;
    Map<String, Visit> byCode = new LinkedHashMap<>();
    Map<String, Instrument> used = new LinkedHashMap<>();
    for (Arm arm : protocol.arms()) {
      for (Visit visit : arm.schedule().visits()) {
        byCode.putIfAbsent(visit.code(), visit);
        for (InstrumentUse use : visit.instruments()) {
          Instrument instrument = protocol.instruments().get(use.code());
          if (instrument != null) {
            used.putIfAbsent(use.code(), instrument);
          }
        }
      }
    }
    this.visits = byCode.values().stream()
        .sorted(java.util.Comparator.comparingInt(Visit::targetDay).thenComparing(Visit::code)).toList();
    this.baseline = visits.isEmpty() ? null : visits.get(0);
    this.instruments = List.copyOf(used.values());
    this.covariates = protocol.randomization().covariates().stream().map(c -> c.code()).toList();
    this.criteria = protocol.eligibility().criteria();
  }

  /** A variable name from a code: lowercase, anything but letters and digits as {@code _}. */
  static String name(String... parts) {
    String joined = String.join("_", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    if (joined.isEmpty() || !Character.isLetter(joined.charAt(0))) {
      joined = "v_" + joined;
    }
    return joined.length() <= 32 ? joined : joined.substring(0, 32).replaceAll("_+$", "");
  }

  public Dataset dataset(String name) {
    return switch (name) {
      case PATIENTS -> patients();
      case VISITS -> visits();
      case UTILIZATION -> utilization();
      case SITES -> sites();
      case SCREENING -> screening();
      default -> throw new IllegalArgumentException("No dataset " + name);
    };
  }

  private static final String WITHDRAWN_WHY = "the patient withdrew or died before the visit window closed";

  /** A value a visit gives: missing for the reasons a visit's data can be absent. */
  private static Variable visitValue(Variable v) {
    return v.missing(Missing.NOT_DUE, "the visit window had not closed at the export (statuses as of the manifest's date)")
        .missing(Missing.MISSED, "the visit window closed without the data")
        .missing(Missing.WITHDRAWN, WITHDRAWN_WHY)
        .missing(Missing.NOT_APPLICABLE, "the patient's arm schedules no such visit, or the instrument was not given to the patient");
  }

  Variable studyId() {
    return Variable.text("study_id", "Study patient ID (pseudonymous; no record numbers leave Pragma)");
  }

  Variable site() {
    return Variable.text("site", "Site (cluster) code");
  }

  Variable arm() {
    Variable v = Variable.text("arm", "Arm the site was randomized to");
    for (Arm arm : protocol.arms()) {
      v = v.value(arm.code(), arm.name());
    }
    return v;
  }

  Variable sex() {
    Variable v = Variable.text("sex", "Sex, as recorded at screening");
    for (Sex s : Sex.values()) {
      v = v.value(s.name().toLowerCase(Locale.ROOT), s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT));
    }
    return v.missing(Missing.NOT_APPLICABLE, "not recorded at screening");
  }

  Variable age() {
    return Variable.integer("age", "Age at screening").units("years")
        .derivation("Whole years at screening; " + AGE_TOP_CODE + " and older are top-coded as " + AGE_TOP_CODE + " (HIPAA Safe Harbor)")
        .missing(Missing.NOT_APPLICABLE, "not recorded at screening");
  }

  Variable painLocation() {
    Variable v = Variable.text("pain_location", "Pain location, as answered at screening");
    var question = protocol.eligibility().questions().stream().filter(q -> q.code().equals("pain-location")).findFirst();
    if (question.isPresent()) {
      for (String option : question.get().options()) {
        v = v.value(option, question.get().optionLabels().getOrDefault(option, option));
      }
    }
    return v.missing(Missing.NOT_APPLICABLE, "not asked at screening");
  }

  private List<Variable> covariateVariables() {
    List<Variable> out = new ArrayList<>();
    for (String c : covariates) {
      out.add(Variable.text(name("cov", c), "Site covariate " + c + " (as used by the randomization)")
          .missing(Missing.NOT_APPLICABLE, "not recorded for the site"));
    }
    return out;
  }

  Variable stratum() {
    return Variable.text("stratum", "Site stratum of the randomization").missing(Missing.NOT_APPLICABLE, "the design has no strata");
  }

  String scoreDerivation(Instrument instrument) {
    var rule = instrument.scoring();
    String reported = rule.method() == ScoringMethod.PERCENT_OF_ANSWERED
        ? "percent: sum of the answered items / (highest item score x items answered) x 100"
        : rule.method() == ScoringMethod.PROMIS_RAW ? "T-score (mean 50, SD 10) from the raw sum" : "sum of the item scores";
    String missing = rule.method() == ScoringMethod.PROMIS_RAW
        ? "unscored (.i) with fewer than " + rule.minimumAnswered() + " items answered"
        : "unscored (.i) with more than " + rule.maximumMissing() + " items unanswered";
    return instrument.name() + " " + instrument.version() + ": " + reported + "; " + missing;
  }

  String units(Instrument instrument) {
    return switch (instrument.scoring().method()) {
      case PERCENT_OF_ANSWERED -> "%";
      case PROMIS_RAW -> "T-score";
      default -> "points";
    };
  }

  Variable completion(String name, String label) {
    return Variable.text(name, label)
        .value("completed", "Completed in window")
        .value("completed_out_of_window", "Completed out of window (kept, flagged)")
        .value("missed", "Missed: window closed without complete data")
        .value("pending", "Pending: window not closed yet")
        .value("cancelled", "Cancelled: patient withdrew or died before the window closed")
        .value("not_scheduled", "Not scheduled for the patient's arm")
        .derivation("Pragma's visit status (VisitStatus) on the manifest's date");
  }

  Dataset patients() {
    List<Variable> v = new ArrayList<>();
    v.add(studyId());
    v.add(site());
    v.add(arm());
    v.add(stratum());
    v.addAll(covariateVariables());
    v.add(age());
    v.add(sex());
    v.add(painLocation());
    v.add(Variable.text("risk_group", "Baseline risk group (from the arm's risk instrument)")
        .missing(Missing.NOT_APPLICABLE, "the arm stratifies no intervention by risk, or baseline had no risk score"));
    v.add(Variable.text("package", "Intervention package received").missing(Missing.NOT_APPLICABLE, "the arm has no risk-stratified package"));
    v.add(Variable.text("protocol_version", "Protocol version the patient was enrolled under"));
    Variable status = Variable.text("status", "Patient status");
    for (PatientStatus s : PatientStatus.values()) {
      status = status.value(s.name().toLowerCase(Locale.ROOT), s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    v.add(status);
    v.add(Variable.integer("status_day", "Day of the status change, from enrollment (day 0)").units("days")
        .missing(Missing.NOT_APPLICABLE, "the patient is still enrolled"));
    if (actualDates) {
      v.add(Variable.date("enrolled_on", "Enrollment date (LIMITED DATASET)"));
    }
    for (Visit visit : visits) {
      String c = name(visit.code());
      v.add(visitValue(Variable.integer(name("day", c), "Day of the " + visit.name() + " visit, from enrollment").units("days")
          .derivation("visit date - enrollment date; target day " + visit.targetDay() + ", window " + visit.opensDay() + " to " + visit.closesDay())));
      if (actualDates) {
        v.add(visitValue(Variable.date(name("date", c), "Date of the " + visit.name() + " visit (LIMITED DATASET)")));
      }
      v.add(visitValue(Variable.integer(name("in_window", c), "The " + visit.name() + " visit was in its window")
          .value("1", "In window").value("0", "Out of window")));
      v.add(completion(name("completion", c), "Completion status of the " + visit.name() + " visit"));
    }
    for (Instrument instrument : instruments) {
      for (Visit visit : visits) {
        v.add(visitValue(Variable.decimal(name(instrument.code(), visit.code()), instrument.name() + " at " + visit.name(), 1)
            .units(units(instrument)).derivation(scoreDerivation(instrument))
            .missing(Missing.ITEM_NONRESPONSE, "too few items answered to score")));
      }
      for (Visit visit : visits) {
        if (visit != baseline) {
          v.add(visitValue(Variable.decimal(name(instrument.code(), "change", visit.code()),
                  instrument.name() + " change from " + baseline.name() + " to " + visit.name(), 1)
              .units(units(instrument)).derivation("score at " + visit.name() + " - score at " + baseline.name()
                  + "; missing with the code of the missing score (the later visit's first)")
              .missing(Missing.ITEM_NONRESPONSE, "either score unscored")));
        }
      }
    }
    String window = "claim lines with service days 0 to " + (SpendingWindow.FOLLOW_UP_DAYS - 1)
        + " from enrollment (SpendingWindow), summed at the source's price basis";
    v.add(Variable.decimal("spending_12m_total", "Spending in the 12 months after enrollment", 2).units("USD").derivation(window));
    v.add(Variable.decimal("spending_12m_spine", "Spine-related spending in the 12 months after enrollment", 2).units("USD")
        .derivation(window + ", spine-related lines only"));
    for (ServiceCategory category : ServiceCategory.values()) {
      v.add(Variable.integer(name("n", category.code(), "12m"), "Services: " + category.code() + ", 12 months after enrollment")
          .units("claim lines").derivation(window + ", counted"));
    }
    return new Dataset(PATIENTS, "one row per enrolled patient", v);
  }

  Dataset visits() {
    List<Variable> v = new ArrayList<>();
    v.add(studyId());
    v.add(site());
    v.add(arm());
    Variable visit = Variable.text("visit", "Visit");
    for (Visit each : visits) {
      visit = visit.value(each.code(), each.name());
    }
    v.add(visit);
    v.add(Variable.integer("target_day", "Target day of the visit, from enrollment").units("days"));
    v.add(Variable.integer("window_from", "First day of the visit window").units("days"));
    v.add(Variable.integer("window_to", "Last day of the visit window").units("days"));
    v.add(visitValue(Variable.integer("day", "Day of the visit, from enrollment").units("days")));
    if (actualDates) {
      v.add(visitValue(Variable.date("visit_date", "Date of the visit (LIMITED DATASET)")));
    }
    v.add(visitValue(Variable.integer("in_window", "The visit was in its window").value("1", "In window").value("0", "Out of window")));
    v.add(completion("completion", "Completion status of the visit"));
    for (Instrument instrument : instruments) {
      v.add(visitValue(Variable.decimal(name(instrument.code(), "score"), instrument.name() + " reported score", 1)
          .units(units(instrument)).derivation(scoreDerivation(instrument))
          .missing(Missing.ITEM_NONRESPONSE, "too few items answered to score")));
      for (Item item : instrument.items()) {
        Variable answer = Variable.integer(name(instrument.code(), item.code()), cut(instrument.code() + " " + item.code() + ": " + item.text()));
        for (var option : item.options()) {
          answer = answer.value(Integer.toString(option.value()), cut(option.label()));
        }
        v.add(visitValue(answer.missing(Missing.ITEM_NONRESPONSE, "item not answered")));
      }
    }
    return new Dataset(VISITS, "one row per patient and scheduled visit, with item-level answers and scores", v);
  }

  private static String cut(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
  }

  Dataset utilization() {
    Variable category = Variable.text("category", "Service category");
    for (ServiceCategory c : ServiceCategory.values()) {
      category = category.value(c.code(), c.code().replace('-', ' '));
    }
    String window = "after: service days 0 to " + (SpendingWindow.FOLLOW_UP_DAYS - 1) + "; before: days -"
        + SpendingWindow.DEFAULT_LOOK_BACK_DAYS + " to -1 (SpendingWindow)";
    return new Dataset(UTILIZATION, "one row per patient, service category and period (before / after enrollment)", List.of(
        studyId(), site(), arm(), category,
        Variable.text("period", "Period").value("before", "Look-back before enrollment").value("after", "12 months after enrollment")
            .derivation(window),
        Variable.integer("services", "Claim lines in the period").units("claim lines"),
        Variable.decimal("spending", "Spending in the period", 2).units("USD").derivation("sum at the source's price basis"),
        Variable.decimal("spending_spine", "Spine-related spending in the period", 2).units("USD")));
  }

  Dataset sites() {
    List<Variable> v = new ArrayList<>();
    v.add(site());
    v.add(arm().missing(Missing.NOT_APPLICABLE, "the site is not randomized yet"));
    v.add(stratum());
    v.addAll(covariateVariables());
    v.add(Variable.integer("wave", "Randomization wave").missing(Missing.NOT_APPLICABLE, "the site is not randomized yet"));
    v.add(Variable.integer("screened", "Patients screened").units("patients"));
    v.add(Variable.integer("eligible", "Patients eligible at screening").units("patients"));
    v.add(Variable.integer("enrolled", "Patients enrolled").units("patients"));
    return new Dataset(SITES, "one row per site (cluster)", v);
  }

  Dataset screening() {
    List<Variable> v = new ArrayList<>();
    v.add(site());
    v.add(arm().missing(Missing.NOT_APPLICABLE, "the site was not randomized yet"));
    v.add(Variable.integer("day", "Day of screening, from the study's first screening (day 0)").units("days"));
    if (actualDates) {
      v.add(Variable.date("screened_on", "Screening date (LIMITED DATASET)"));
    }
    v.add(age());
    v.add(sex());
    v.add(painLocation());
    v.add(Variable.integer("eligible", "Eligible").value("1", "Eligible").value("0", "Not eligible"));
    v.add(Variable.integer("enrolled", "Enrolled").value("1", "Enrolled").value("0", "Not enrolled"));
    for (Criterion criterion : criteria) {
      v.add(Variable.integer(name("failed", criterion.code()), cut("Failed " + criterion.kind().name().toLowerCase(Locale.ROOT)
              + " criterion " + criterion.code() + ": " + criterion.reason()))
          .value("1", "Failed").value("0", "Met"));
    }
    return new Dataset(SCREENING, "one row per screening (CONSORT and recruitment-bias analyses)", v);
  }
}
