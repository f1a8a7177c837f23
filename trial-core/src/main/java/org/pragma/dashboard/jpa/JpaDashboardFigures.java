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
 * Each figure is one grouped native query per table family, grouped by site, answered from indexes
 * (V35): screening (site_id, screened_on), patient (site_id, enrolled_on) and the patient_visit indexes
 * of follow-up. Joins repeat the site on both sides, so counting one site reads only that site's rows.
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
  public Map<String, Long> changesByStudy() {
    Map<String, Long> changes = new HashMap<>();
    rows(em.createNativeQuery("select st.code, coalesce(sum(c.changes), 0) from study st join site s on s.study_id = st.id"
        + " left join site_change c on c.site_id = s.id group by st.code"))
        .forEach(r -> changes.put((String) r[0], count(r[1])));
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
  public Map<Long, Screenings> screenings(List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, Screenings> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    // The patient's site repeats the screening's, so the database reads the site's patients once instead of one per screening.
    // Both sides are answered from covering indexes on PostgreSQL (V43); the failed criteria, free-size JSON kept out of
    // the indexes, are read below for the ineligible screenings only.
    Query q = em.createNativeQuery("select s.site_id, count(*), sum(case when s.eligible then 1 else 0 end),"
            + " sum(case when s.eligible and p.id is null then 1 else 0 end),"
            + " sum(case when s.eligible and p.id is null and s.not_enrolled = 'DECLINED' then 1 else 0 end),"
            + " sum(case when s.eligible and p.id is null and s.not_enrolled = 'OTHER_REASON' then 1 else 0 end)"
            + " from screening s left join patient p on p.screening_id = s.id and p.site_id in (" + marks(sites) + ")"
            + " where s.screened_on >= ? and s.screened_on <= ? and s.site_id in (" + marks(sites) + ")"
            + " group by s.site_id");
    bind(q, 1, sites);
    q.setParameter(sites.size() + 1, from).setParameter(sites.size() + 2, to);
    Map<Long, Map<String, Long>> failed = new HashMap<>();
    Query f = em.createNativeQuery("select s.site_id, s.failed_json, count(*) from screening s"
            + " where not s.eligible and s.screened_on >= ? and s.screened_on <= ? and s.site_id in (" + marks(sites) + ")"
            + " group by s.site_id, s.failed_json")
        .setParameter(1, from).setParameter(2, to);
    rows(bind(f, 3, sites)).forEach(r ->
        failed.computeIfAbsent(id(r[0]), k -> new LinkedHashMap<>()).put((String) r[1], count(r[2])));
    rows(bind(q, sites.size() + 3, sites)).forEach(r -> bySite.put(id(r[0]), new Screenings(
        new Screened(count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5])), failed.getOrDefault(id(r[0]), Map.of()))));
    return bySite;
  }


  @Override
  public Map<Long, Patients> patients(Study study, List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, Patients> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select site_id, enrolled_on, arm, count(*), sum(case when unreachable then 1 else 0 end)"
            + " from patient where study_id = ? and enrolled_on >= ? and enrolled_on <= ? and site_id in (" + marks(sites) + ")"
            + " group by site_id, enrolled_on, arm order by site_id, enrolled_on, arm")
        .setParameter(1, study.id()).setParameter(2, from).setParameter(3, to);
    Map<Long, List<Daily>> daily = new HashMap<>();
    Map<Long, Long> unreachable = new HashMap<>();
    rows(bind(q, 4, sites)).forEach(r -> {
      daily.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new Daily(date(r[1]), (String) r[2], count(r[3])));
      unreachable.merge(id(r[0]), count(r[4]), Long::sum);
    });
    daily.forEach((site, days) -> bySite.put(site, new Patients(days, unreachable.getOrDefault(site, 0L))));
    return bySite;
  }

  @Override
  public Map<Long, Visits> visits(Study study, List<Site> sites, LocalDate from, LocalDate to, String instrument,
      String baselineVisit) {
    Map<Long, Visits> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    String x = "case when v.code = ? and r.instrument = ? then " + org.pragma.followup.ReportedScore.sql("r") + " end";
    // A visit with several questionnaires joins once per questionnaire: incomplete visits are counted distinct.
    Query q = em.createNativeQuery("select p.site_id, p.arm, count(distinct case when v.data_state = 'INCOMPLETE' then v.id end),"
            + " sum(r.item_count - r.items_answered), count(" + x + "), sum(" + x + "), sum((" + x + ") * (" + x + "))"
            + " from patient p join patient_visit v on v.patient_id = p.id and v.site_id in (" + marks(sites) + ")"
            + " left join instrument_response r on r.visit_id = v.id where " + patientsAt(sites.size())
            + " group by p.site_id, p.arm");
    int at = 1;
    for (int i = 0; i < 4; i++) { // the four mentions of the baseline score in the select list
      q.setParameter(at++, baselineVisit).setParameter(at++, instrument == null ? "" : instrument);
    }
    bind(q, at, sites);
    at += sites.size();
    q.setParameter(at++, study.id()).setParameter(at++, from).setParameter(at++, to);
    Map<Long, Map<String, Moments>> scores = new HashMap<>();
    Map<Long, long[]> quality = new HashMap<>();
    rows(bind(q, at, sites)).forEach(r -> {
      long[] c = quality.computeIfAbsent(id(r[0]), k -> new long[2]);
      c[0] += count(r[3]);
      c[1] += count(r[2]);
      if (count(r[4]) > 0) {
        scores.computeIfAbsent(id(r[0]), k -> new HashMap<>()).put((String) r[1], new Moments(count(r[4]), number(r[5]), number(r[6])));
      }
    });
    quality.forEach((site, c) -> bySite.put(site, new Visits(scores.getOrDefault(site, Map.of()), c[0], c[1])));
    return bySite;
  }

  @Override
  public Map<Long, Queries> queries(Study study, List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, Queries> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select p.site_id, sum(case when q.status = 'OPEN' then 1 else 0 end),"
            + " sum(case when q.status = 'ANSWERED' then 1 else 0 end) from patient p join data_query q on q.patient_id = p.id"
            + " and q.status <> 'CLOSED' and q.site_id in (" + marks(sites) + ") where " + patientsAt(sites.size())
            + " group by p.site_id");
    bind(q, 1, sites);
    q.setParameter(sites.size() + 1, study.id()).setParameter(sites.size() + 2, from).setParameter(sites.size() + 3, to);
    rows(bind(q, sites.size() + 4, sites)).forEach(r -> bySite.put(id(r[0]), new Queries(count(r[1]), count(r[2]))));
    return bySite;
  }

  @Override
  public Map<Long, List<BaselineGroup>> baseline(Study study, List<Site> sites, LocalDate from, LocalDate to) {
    Map<Long, List<BaselineGroup>> bySite = new HashMap<>();
    if (sites.isEmpty()) {
      return bySite;
    }
    Query q = em.createNativeQuery("select p.site_id, p.arm, s.sex, s.pain_location, p.risk_group, count(*), count(s.age), sum(s.age),"
            + " sum(1.0 * s.age * s.age) from patient p join screening s on s.id = p.screening_id and s.site_id in (" + marks(sites) + ")"
            + " where " + patientsAt(sites.size())
            + " group by p.site_id, p.arm, s.sex, s.pain_location, p.risk_group");
    // The screening's site repeats the patient's, so the database reads the site's screenings once instead of one per patient.
    bind(q, 1, sites);
    q.setParameter(sites.size() + 1, study.id()).setParameter(sites.size() + 2, from).setParameter(sites.size() + 3, to);
    rows(bind(q, sites.size() + 4, sites)).forEach(r -> bySite.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new BaselineGroup(
        (String) r[1], (String) r[2], (String) r[3], (String) r[4], count(r[5]), new Moments(count(r[6]), number(r[7]), number(r[8])))));
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
