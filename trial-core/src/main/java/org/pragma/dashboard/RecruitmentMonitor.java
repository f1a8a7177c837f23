package org.pragma.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.pragma.dashboard.DashboardFigures.Moments;
import org.pragma.dashboard.Recruitment.ArmRecruitment;
import org.pragma.dashboard.Recruitment.ArmValue;
import org.pragma.dashboard.Recruitment.Characteristic;
import org.pragma.dashboard.Recruitment.Difference;
import org.pragma.protocol.Arm;
import org.pragma.protocol.StudyProtocol;
import org.pragma.site.Site;

/**
 * Builds the {@link Recruitment} monitor from grouped counts. Standardized differences (Austin, Stat Med
 * 2009;28:3083): continuous (x̄₁ − x̄₂) / √((s₁² + s₂²) / 2) with sample variances; a level of a categorical
 * characteristic (p₁ − p₂) / √((p₁(1 − p₁) + p₂(1 − p₂)) / 2); null when an arm has nobody with it recorded
 * or the denominator is zero with different values (0 when both are equal).
 */
final class RecruitmentMonitor {
  static final double DAYS_PER_MONTH = 365.25 / 12;

  static Recruitment of(StudyProtocol protocol, double threshold, List<Dashboard.SiteEnrollment> rows, List<Site> chosen,
      LocalDate today, List<DashboardFigures.BaselineGroup> baseline, Map<String, Moments> scores, String scoreName) {
    List<ArmRecruitment> arms = new ArrayList<>();
    List<Arm> shown = protocol.arms().stream().filter(a -> rows.stream().anyMatch(r -> a.code().equals(r.arm()))).toList();
    for (Arm arm : shown) {
      List<Dashboard.SiteEnrollment> mine = rows.stream().filter(r -> arm.code().equals(r.arm())).toList();
      long screened = mine.stream().mapToLong(Dashboard.SiteEnrollment::screened).sum();
      long eligible = mine.stream().mapToLong(Dashboard.SiteEnrollment::eligible).sum();
      long enrolled = mine.stream().mapToLong(Dashboard.SiteEnrollment::consented).sum();
      double months = chosen.stream().filter(s -> mine.stream().anyMatch(r -> r.site().equals(s.code())))
          .flatMap(s -> s.activatedOn().stream())
          .mapToDouble(d -> (ChronoUnit.DAYS.between(d, today) + 1) / DAYS_PER_MONTH).sum();
      arms.add(new ArmRecruitment(arm.code(), arm.name(), mine.size(), screened, eligible, enrolled,
          months > 0 ? round(screened / months) : null, share(eligible, screened), share(enrolled, eligible)));
    }
    List<String> codes = shown.stream().map(Arm::code).toList();
    List<Characteristic> characteristics = new ArrayList<>();
    Map<String, Moments> ages = new LinkedHashMap<>();
    baseline.forEach(g -> ages.merge(g.arm(), g.ages(), Moments::plus));
    characteristics.add(continuous("Age (years)", codes, ages, threshold));
    if (scoreName != null) {
      characteristics.add(continuous(scoreName, codes, scores, threshold));
    }
    categorical("Sex", codes, levels(baseline, DashboardFigures.BaselineGroup::sex), threshold, RecruitmentMonitor::sexLabel,
        characteristics);
    categorical("Pain location", codes, levels(baseline, DashboardFigures.BaselineGroup::painLocation), threshold,
        code -> protocol.eligibility().questions().stream().filter(q -> q.code().equals("pain-location")).findFirst()
            .map(q -> q.optionLabel(code)).orElse(code), characteristics);
    categorical("Risk group", codes, levels(baseline, DashboardFigures.BaselineGroup::riskGroup), threshold,
        RecruitmentMonitor::capitalized,
        characteristics);
    return new Recruitment(threshold, arms, characteristics);
  }

  static Characteristic continuous(String name, List<String> arms, Map<String, Moments> byArm, double threshold) {
    int k = arms.size();
    long[] n = new long[k];
    Double[] mean = new Double[k];
    Double[] sd = new Double[k];
    for (int i = 0; i < k; i++) {
      Moments m = byArm.getOrDefault(arms.get(i), Moments.NONE);
      n[i] = m.n();
      mean[i] = m.n() == 0 ? null : m.sum() / m.n();
      sd[i] = m.n() < 2 ? null : Math.sqrt(Math.max(0, (m.squares() - m.sum() * m.sum() / m.n()) / (m.n() - 1)));
    }
    List<Difference> differences = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        Double d = mean[i] == null || mean[j] == null || sd[i] == null || sd[j] == null ? null
            : standardized(mean[i] - mean[j], (sd[i] * sd[i] + sd[j] * sd[j]) / 2);
        differences.add(new Difference(arms.get(i), arms.get(j), round(d), d != null && Math.abs(d) > threshold));
      }
    }
    List<ArmValue> values = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      values.add(new ArmValue(arms.get(i), n[i], round(mean[i]), round(sd[i])));
    }
    return new Characteristic(name, null, true, values, differences);
  }

  static void categorical(String name, List<String> arms, Map<String, Map<String, Long>> byArm, double threshold,
      java.util.function.Function<String, String> label, List<Characteristic> into) {
    TreeSet<String> levels = new TreeSet<>();
    byArm.values().forEach(m -> m.keySet().stream().filter(java.util.Objects::nonNull).forEach(levels::add));
    for (String level : levels) {
      List<ArmValue> values = new ArrayList<>();
      for (String arm : arms) {
        Map<String, Long> counts = byArm.getOrDefault(arm, Map.of());
        long recorded = counts.entrySet().stream().filter(e -> e.getKey() != null).mapToLong(Map.Entry::getValue).sum();
        values.add(new ArmValue(arm, recorded, share(counts.getOrDefault(level, 0L), recorded), null));
      }
      List<Difference> differences = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        for (int j = i + 1; j < values.size(); j++) {
          Double p1 = values.get(i).value();
          Double p2 = values.get(j).value();
          Double d = p1 == null || p2 == null ? null : standardized(p1 - p2, (p1 * (1 - p1) + p2 * (1 - p2)) / 2);
          differences.add(new Difference(values.get(i).arm(), values.get(j).arm(), round(d), d != null && Math.abs(d) > threshold));
        }
      }
      into.add(new Characteristic(name, label.apply(level), false, values, differences));
    }
  }

  private static Double standardized(double difference, double variance) {
    if (variance <= 0) {
      return difference == 0 ? 0.0 : null;
    }
    return difference / Math.sqrt(variance);
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  private static String sexLabel(String code) {
    return capitalized(code.replace('_', ' '));
  }

  private static String capitalized(String code) {
    String words = code.replace('-', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Double round(Double d) {
    return d == null ? null : Math.round(d * 10000) / 10000.0;
  }

  /** Patients per arm and level of one characteristic (a null level: not recorded), summed over the other groupings. */
  private static Map<String, Map<String, Long>> levels(List<DashboardFigures.BaselineGroup> baseline,
      java.util.function.Function<DashboardFigures.BaselineGroup, String> level) {
    Map<String, Map<String, Long>> byArm = new LinkedHashMap<>();
    baseline.forEach(g -> byArm.computeIfAbsent(g.arm(), k -> new java.util.HashMap<>()).merge(level.apply(g), g.patients(), Long::sum));
    return byArm;
  }

  private RecruitmentMonitor() {}
}
