package org.pragma.dashboard.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pragma.dashboard.DashboardFigures;
import org.pragma.site.Site;
import org.pragma.study.Study;

/**
 * Each figure is one grouped native query answered from indexes (V35): screening (site_id, screened_on),
 * patient (site_id, enrolled_on) and the patient_visit indexes of follow-up.
 */
@ApplicationScoped
class JpaDashboardFigures implements DashboardFigures {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public Map<Long, Long> changes(List<Site> sites) {
    Map<Long, Long> changes = new HashMap<>();
    if (!sites.isEmpty()) {
      rows(bind(em.createNativeQuery("select site_id, changes from site_change where site_id in (" + marks(sites) + ")"), 1, sites))
          .forEach(r -> changes.put(id(r[0]), count(r[1])));
    }
    return changes;
  }

  @Override
  public Map<Long, String> armsOf(List<Site> sites) {
    Map<Long, String> arms = new HashMap<>();
    if (!sites.isEmpty()) {
      rows(bind(em.createNativeQuery("select site_id, arm_code from site_arm where site_id in (" + marks(sites) + ")"), 1, sites))
          .forEach(r -> arms.put(id(r[0]), (String) r[1]));
    }
    return arms;
  }

  @Override
  public Map<Long, Screened> screened(List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, Screened> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select s.site_id, count(*), sum(case when s.eligible then 1 else 0 end),"
            + " sum(case when s.eligible and p.id is null then 1 else 0 end)"
            + " from screening s left join patient p on p.screening_id = s.id"
            + " where s.screened_on >= ? and s.screened_on <= ? and s.site_id in (" + marks(sites) + ") group by s.site_id")
        .setParameter(1, from).setParameter(2, to);
    rows(bind(q, 3, sites)).forEach(r -> bySite.put(id(r[0]), new Screened(count(r[1]), count(r[2]), count(r[3]))));
    return bySite;
  }

  @Override
  public Map<Long, Enrolled> enrolled(Study study, List<Site> sites, LocalDate from, LocalDate to, LocalDate recentFrom) {
    Map<Long, Enrolled> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select site_id, count(*), sum(case when enrolled_on >= ? then 1 else 0 end), max(enrolled_on)"
            + " from patient where study_id = ? and enrolled_on >= ? and enrolled_on <= ? and site_id in (" + marks(sites) + ")"
            + " group by site_id")
        .setParameter(1, recentFrom).setParameter(2, study.id()).setParameter(3, from).setParameter(4, to);
    rows(bind(q, 5, sites)).forEach(r -> bySite.put(id(r[0]), new Enrolled(count(r[1]), count(r[2]), date(r[3]))));
    return bySite;
  }

  @Override
  public Map<Long, List<Daily>> daily(Study study, List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, List<Daily>> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select site_id, enrolled_on, arm, count(*) from patient where study_id = ? and enrolled_on >= ?"
            + " and enrolled_on <= ? and site_id in (" + marks(sites) + ") group by site_id, enrolled_on, arm"
            + " order by site_id, enrolled_on, arm")
        .setParameter(1, study.id()).setParameter(2, from).setParameter(3, to);
    rows(bind(q, 4, sites)).forEach(r -> bySite.computeIfAbsent(id(r[0]), k -> new ArrayList<>())
        .add(new Daily(date(r[1]), (String) r[2], count(r[3]))));
    return bySite;
  }

  @Override
  public Map<Long, Map<String, Long>> failedCriteria(List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, Map<String, Long>> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select site_id, failed_json, count(*) from screening where not eligible and screened_on >= ?"
            + " and screened_on <= ? and site_id in (" + marks(sites) + ") group by site_id, failed_json")
        .setParameter(1, from).setParameter(2, to);
    rows(bind(q, 3, sites)).forEach(r -> bySite.computeIfAbsent(id(r[0]), k -> new LinkedHashMap<>()).put((String) r[1], count(r[2])));
    return bySite;
  }

  @Override
  public Map<Long, Map<String, Moments>> baselineScores(Study study, List<Site> sites, LocalDate from, LocalDate to,
      String instrument, String baselineVisit) {
    Map<Long, Map<String, Moments>> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    String x = org.pragma.followup.ReportedScore.sql("r");
    Query q = em.createNativeQuery("select p.site_id, p.arm, count(" + x + "), sum(" + x + "), sum(" + x + " * " + x + ")"
            + " from patient p join patient_visit v on v.patient_id = p.id and v.code = ? join instrument_response r"
            + " on r.visit_id = v.id and r.instrument = ? and r.scored where " + patientsAt(sites.size()) + " group by p.site_id, p.arm")
        .setParameter(1, baselineVisit).setParameter(2, instrument)
        .setParameter(3, study.id()).setParameter(4, from).setParameter(5, to);
    rows(bind(q, 6, sites)).forEach(r -> bySite.computeIfAbsent(id(r[0]), k -> new HashMap<>())
        .put((String) r[1], new Moments(count(r[2]), number(r[3]), number(r[4]))));
    return bySite;
  }

  @Override
  public Map<Long, List<BaselineGroup>> baseline(Study study, List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, List<BaselineGroup>> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select p.site_id, p.arm, s.sex, s.pain_location, p.risk_group, count(*), count(s.age), sum(s.age),"
            + " sum(1.0 * s.age * s.age) from patient p join screening s on s.id = p.screening_id where " + patientsAt(sites.size())
            + " group by p.site_id, p.arm, s.sex, s.pain_location, p.risk_group")
        .setParameter(1, study.id()).setParameter(2, from).setParameter(3, to);
    rows(bind(q, 4, sites)).forEach(r -> bySite.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new BaselineGroup(
        (String) r[1], (String) r[2], (String) r[3], (String) r[4], count(r[5]), new Moments(count(r[6]), number(r[7]), number(r[8])))));
    return bySite;
  }

  @Override
  public Map<Long, Quality> quality(Study study, List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, Quality> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Map<Long, Long> missing = new HashMap<>();
    Query items = em.createNativeQuery("select p.site_id, sum(r.item_count - r.items_answered) from patient p"
            + " join patient_visit v on v.patient_id = p.id join instrument_response r on r.visit_id = v.id"
            + " where " + patientsAt(sites.size()) + " group by p.site_id")
        .setParameter(1, study.id()).setParameter(2, from).setParameter(3, to);
    rows(bind(items, 4, sites)).forEach(r -> missing.put(id(r[0]), count(r[1])));
    Map<Long, Long> incomplete = new HashMap<>();
    Query visits = em.createNativeQuery("select p.site_id, count(*) from patient p join patient_visit v on v.patient_id = p.id"
            + " where v.data_state = 'INCOMPLETE' and " + patientsAt(sites.size()) + " group by p.site_id")
        .setParameter(1, study.id()).setParameter(2, from).setParameter(3, to);
    rows(bind(visits, 4, sites)).forEach(r -> incomplete.put(id(r[0]), count(r[1])));
    Map<Long, Long> unreachable = new HashMap<>();
    Query patients = em.createNativeQuery("select p.site_id, count(*) from patient p where p.unreachable and " + patientsAt(sites.size())
            + " group by p.site_id")
        .setParameter(1, study.id()).setParameter(2, from).setParameter(3, to);
    rows(bind(patients, 4, sites)).forEach(r -> unreachable.put(id(r[0]), count(r[1])));
    for (Site s : sites) {
      bySite.put(s.id(), new Quality(missing.getOrDefault(s.id(), 0L), incomplete.getOrDefault(s.id(), 0L),
          unreachable.getOrDefault(s.id(), 0L)));
    }
    return bySite;
  }

  /** The enrolled patients of the study at the sites in the range: parameters study id, from, to, then one per site. */
  private static String patientsAt(int sites) {
    return "p.study_id = ? and p.enrolled_on >= ? and p.enrolled_on <= ? and p.site_id in ("
        + String.join(", ", Collections.nCopies(sites, "?")) + ")";
  }

  private static double number(Object o) {
    return o == null ? 0 : ((Number) o).doubleValue();
  }

  private static String marks(List<Site> sites) {
    return String.join(", ", Collections.nCopies(sites.size(), "?"));
  }

  private static Query bind(Query q, int first, List<Site> sites) {
    for (int i = 0; i < sites.size(); i++) {
      q.setParameter(first + i, sites.get(i).id());
    }
    return q;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }

  private static long id(Object o) {
    return ((Number) o).longValue();
  }

  private static long count(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString().substring(0, 10));
  }
}
