package org.pragma.export;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.pragma.export.ExportSource.ClaimFacts;
import org.pragma.export.ExportSource.PatientFacts;
import org.pragma.export.ExportSource.ResponseFacts;
import org.pragma.export.ExportSource.ScreeningFacts;
import org.pragma.export.ExportSource.SiteFacts;
import org.pragma.export.ExportSource.VisitFacts;
import org.pragma.exports.Missing;
import org.pragma.exports.RowSink;
import org.pragma.followup.VisitStatus;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.Item;
import org.pragma.protocol.Arm;
import org.pragma.protocol.InstrumentUse;
import org.pragma.protocol.Visit;
import org.pragma.protocol.eligibility.Criterion;
import org.pragma.spending.ServiceCategory;
import org.pragma.spending.SpendingWindow;

/**
 * Turns the facts the export reads into the rows of {@link ExportDatasets}, in its variable order.
 * Visit states come from {@link VisitStatus} (the one definition), spending periods from
 * {@link SpendingWindow}; a missing value always carries its reason.
 */
final class ExportRows {
  private static final SpendingWindow WINDOW = new SpendingWindow(SpendingWindow.DEFAULT_LOOK_BACK_DAYS);

  private final ExportDatasets d;
  private final LocalDate today;
  private final Map<String, SiteFacts> sites = new HashMap<>();

  ExportRows(ExportDatasets datasets, LocalDate today, List<SiteFacts> siteFacts) {
    this.d = datasets;
    this.today = today;
    siteFacts.forEach(s -> sites.put(s.code(), s));
  }

  /** What one patient's visit gives: its status and, per instrument, the response if given. */
  private record VisitValues(Visit visit, VisitFacts facts, VisitStatus status, Set<String> given) {
    boolean scheduled() {
      return facts != null;
    }
  }

  private List<VisitValues> visitValues(PatientFacts p, List<VisitFacts> visits) {
    Map<String, VisitFacts> byCode = new HashMap<>();
    visits.forEach(v -> byCode.put(v.code(), v));
    Optional<Arm> arm = d.protocol.arm(p.arm());
    Map<String, Object> screening = new HashMap<>();
    if (p.painLocation() != null) {
      screening.put("pain-location", p.painLocation());
    }
    if (p.age() != null) {
      screening.put("age", BigDecimal.valueOf(p.age()));
    }
    List<VisitValues> out = new ArrayList<>();
    for (Visit visit : d.visits) {
      VisitFacts facts = byCode.get(visit.code());
      Set<String> given = new HashSet<>();
      Optional<Visit> armVisit = arm.flatMap(a -> a.schedule().visit(visit.code()));
      for (InstrumentUse use : armVisit.map(Visit::instruments).orElse(List.of())) {
        if (appliesTo(use, screening)) {
          given.add(use.code());
        }
      }
      VisitStatus status = facts == null ? null : VisitStatus.of(
          new VisitStatus.VisitDates(facts.opensOn(), facts.targetOn(), facts.closesOn(), facts.remindOn()),
          facts.complete(), facts.visitOn(), p.status(), p.statusOn(), today);
      out.add(new VisitValues(visit, facts, status, given));
    }
    return out;
  }

  private static boolean appliesTo(InstrumentUse use, Map<String, Object> screening) {
    try {
      return use.appliesTo(screening);
    } catch (RuntimeException e) {
      return false; // a condition on an answer the export does not carry: not known to apply
    }
  }

  /** Why a visit's value is absent. */
  private static Missing absent(VisitValues v) {
    if (!v.scheduled()) {
      return Missing.NOT_APPLICABLE;
    }
    return switch (v.status.completion()) {
      case PENDING -> Missing.NOT_DUE;
      case MISSED -> Missing.MISSED;
      case CANCELLED -> Missing.WITHDRAWN;
      case COMPLETED_IN_WINDOW, COMPLETED_OUT_OF_WINDOW -> Missing.NOT_APPLICABLE;
    };
  }

  private static Object completion(VisitValues v) {
    if (!v.scheduled()) {
      return "not_scheduled";
    }
    return switch (v.status.completion()) {
      case COMPLETED_IN_WINDOW -> "completed";
      case COMPLETED_OUT_OF_WINDOW -> "completed_out_of_window";
      case MISSED -> "missed";
      case PENDING -> "pending";
      case CANCELLED -> "cancelled";
    };
  }

  private static Optional<ResponseFacts> response(VisitValues v, String instrument) {
    if (!v.scheduled()) {
      return Optional.empty();
    }
    return v.facts.responses().stream().filter(r -> r.instrument().equals(instrument)).findFirst();
  }

  private static Object score(VisitValues v, String instrument) {
    Optional<ResponseFacts> r = response(v, instrument);
    if (r.isPresent()) {
      return r.get().reported().<Object>map(x -> x).orElse(Missing.ITEM_NONRESPONSE);
    }
    if (v.scheduled() && !v.given.contains(instrument)) {
      return Missing.NOT_APPLICABLE;
    }
    return absent(v);
  }

  private Object day(LocalDate from, VisitValues v) {
    return v.scheduled() && v.facts.visitOn() != null ? (Object) (int) ChronoUnit.DAYS.between(from, v.facts.visitOn()) : absent(v);
  }

  private static Object inWindow(VisitValues v) {
    if (!v.scheduled() || v.facts.visitOn() == null) {
      return absent(v);
    }
    LocalDate on = v.facts.visitOn();
    return on.isBefore(v.facts.opensOn()) || on.isAfter(v.facts.closesOn()) ? 0 : 1;
  }

  private static Object text(String value) {
    return value == null || value.isBlank() ? Missing.NOT_APPLICABLE : value;
  }

  private static Object lower(String value) {
    return value == null ? Missing.NOT_APPLICABLE : value.toLowerCase(Locale.ROOT);
  }

  static Object age(Integer age) {
    return age == null ? Missing.NOT_APPLICABLE : (Object) Math.min(age, ExportDatasets.AGE_TOP_CODE);
  }

  private void siteColumns(List<Object> row, SiteFacts site) {
    row.add(text(site == null ? null : site.stratum()));
    for (String c : d.covariates) {
      row.add(text(site == null ? null : site.covariates().get(c)));
    }
  }

  Object[] patient(PatientFacts p, List<VisitFacts> visits, List<ClaimFacts> claims) {
    List<Object> row = new ArrayList<>();
    row.add(p.studyId());
    row.add(p.site());
    row.add(p.arm());
    siteColumns(row, sites.get(p.site()));
    row.add(age(p.age()));
    row.add(lower(p.sex()));
    row.add(text(p.painLocation()));
    row.add(text(p.riskGroup()));
    row.add(text(p.interventionPackage()));
    row.add(p.protocolVersion());
    row.add(p.status().name().toLowerCase(Locale.ROOT));
    row.add(p.statusOn() == null ? Missing.NOT_APPLICABLE : (Object) (int) ChronoUnit.DAYS.between(p.enrolledOn(), p.statusOn()));
    if (d.actualDates) {
      row.add(p.enrolledOn());
    }
    List<VisitValues> values = visitValues(p, visits);
    visitColumns(row, p, values);
    scoreColumns(row, values);
    spendingColumns(row, claims);
    return row.toArray();
  }

  private void visitColumns(List<Object> row, PatientFacts p, List<VisitValues> values) {
    for (VisitValues v : values) {
      row.add(day(p.enrolledOn(), v));
      if (d.actualDates) {
        row.add(v.scheduled() && v.facts.visitOn() != null ? v.facts.visitOn() : absent(v));
      }
      row.add(inWindow(v));
      row.add(completion(v));
    }
  }

  /** Each instrument's score at each visit, then its change from baseline at each later visit. */
  private void scoreColumns(List<Object> row, List<VisitValues> values) {
    for (Instrument instrument : d.instruments) {
      Object base = null;
      for (VisitValues v : values) {
        Object score = score(v, instrument.code());
        row.add(score);
        if (v.visit == d.baseline) {
          base = score;
        }
      }
      for (VisitValues v : values) {
        if (v.visit != d.baseline) {
          Object score = score(v, instrument.code());
          if (score instanceof BigDecimal s && base instanceof BigDecimal b) {
            row.add(s.subtract(b));
          } else {
            row.add(score instanceof Missing m ? m : base);
          }
        }
      }
    }
  }

  /** Spending (total, spine-related) and services by category in the 12 months after enrollment. */
  private static void spendingColumns(List<Object> row, List<ClaimFacts> claims) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal spine = BigDecimal.ZERO;
    Map<ServiceCategory, Long> services = new EnumMap<>(ServiceCategory.class);
    for (ClaimFacts c : claims) {
      if (WINDOW.periodOf(c.studyDay()).orElse(null) == SpendingWindow.Period.AFTER) {
        total = total.add(c.amount());
        spine = c.spineRelated() ? spine.add(c.amount()) : spine;
        services.merge(ServiceCategory.valueOf(c.category()), c.services(), Long::sum);
      }
    }
    row.add(total);
    row.add(spine);
    for (ServiceCategory category : ServiceCategory.values()) {
      row.add(services.getOrDefault(category, 0L));
    }
  }

  void visits(PatientFacts p, List<VisitFacts> visits, RowSink sink) throws IOException {
    for (VisitValues v : visitValues(p, visits)) {
      if (!v.scheduled()) {
        continue;
      }
      List<Object> row = new ArrayList<>();
      row.add(p.studyId());
      row.add(p.site());
      row.add(p.arm());
      row.add(v.visit.code());
      row.add((int) ChronoUnit.DAYS.between(p.enrolledOn(), v.facts.targetOn()));
      row.add((int) ChronoUnit.DAYS.between(p.enrolledOn(), v.facts.opensOn()));
      row.add((int) ChronoUnit.DAYS.between(p.enrolledOn(), v.facts.closesOn()));
      row.add(day(p.enrolledOn(), v));
      if (d.actualDates) {
        row.add(v.facts.visitOn() != null ? v.facts.visitOn() : absent(v));
      }
      row.add(inWindow(v));
      row.add(completion(v));
      for (Instrument instrument : d.instruments) {
        row.add(score(v, instrument.code()));
        Optional<ResponseFacts> response = response(v, instrument.code());
        Map<String, Integer> answers = response.map(r -> answers(r.answersJson())).orElse(Map.of());
        Object whenAbsent = score(v, instrument.code()) instanceof Missing m && m != Missing.ITEM_NONRESPONSE ? m : Missing.ITEM_NONRESPONSE;
        for (Item item : instrument.items()) {
          Integer answer = answers.get(item.code());
          row.add(answer != null ? answer : response.isPresent() ? Missing.ITEM_NONRESPONSE : whenAbsent);
        }
      }
      sink.row(row.toArray());
    }
  }

  void utilization(PatientFacts p, List<ClaimFacts> claims, RowSink sink) throws IOException {
    int categories = ServiceCategory.values().length;
    long[] services = new long[categories * 2];
    BigDecimal[] spending = new BigDecimal[categories * 2];
    BigDecimal[] spine = new BigDecimal[categories * 2];
    java.util.Arrays.fill(spending, BigDecimal.ZERO);
    java.util.Arrays.fill(spine, BigDecimal.ZERO);
    for (ClaimFacts c : claims) {
      Optional<SpendingWindow.Period> period = WINDOW.periodOf(c.studyDay());
      if (period.isPresent()) {
        int i = ServiceCategory.valueOf(c.category()).ordinal() * 2 + (period.get() == SpendingWindow.Period.AFTER ? 1 : 0);
        services[i] += c.services();
        spending[i] = spending[i].add(c.amount());
        spine[i] = c.spineRelated() ? spine[i].add(c.amount()) : spine[i];
      }
    }
    for (ServiceCategory category : ServiceCategory.values()) {
      for (int period = 0; period < 2; period++) {
        int i = category.ordinal() * 2 + period;
        sink.row(p.studyId(), p.site(), p.arm(), category.code(), period == 0 ? "before" : "after", services[i], spending[i], spine[i]);
      }
    }
  }

  Object[] site(SiteFacts s) {
    List<Object> row = new ArrayList<>();
    row.add(s.code());
    row.add(s.arm() == null ? Missing.NOT_APPLICABLE : s.arm());
    siteColumns(row, s);
    row.add(s.wave() == null ? Missing.NOT_APPLICABLE : (Object) s.wave());
    row.add(s.screened());
    row.add(s.eligible());
    row.add(s.enrolled());
    return row.toArray();
  }

  Object[] screening(ScreeningFacts s, LocalDate firstDay) {
    List<Object> row = new ArrayList<>();
    row.add(s.site());
    row.add(s.arm() == null ? Missing.NOT_APPLICABLE : s.arm());
    row.add((int) ChronoUnit.DAYS.between(firstDay, s.screenedOn()));
    if (d.actualDates) {
      row.add(s.screenedOn());
    }
    row.add(age(s.age()));
    row.add(lower(s.sex()));
    row.add(text(s.painLocation()));
    row.add(s.eligible() ? 1 : 0);
    row.add(s.enrolled() ? 1 : 0);
    Set<String> failed = failedCodes(s.failedJson());
    for (Criterion criterion : d.criteria) {
      row.add(failed.contains(criterion.code()) ? 1 : 0);
    }
    return row.toArray();
  }

  static Set<String> failedCodes(String json) {
    Set<String> codes = new HashSet<>();
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "[]" : json))) {
      JsonArray array = reader.readArray();
      for (JsonValue value : array) {
        if (value instanceof JsonObject o && o.containsKey("code")) {
          codes.add(o.getString("code"));
        }
      }
    }
    return codes;
  }

  static Map<String, Integer> answers(String json) {
    Map<String, Integer> answers = new HashMap<>();
    if (json == null || json.isBlank()) {
      return answers;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        if (e.getValue() instanceof JsonNumber n && n.isIntegral()) {
          answers.put(e.getKey(), n.intValue());
        }
      }
    }
    return answers;
  }
}
