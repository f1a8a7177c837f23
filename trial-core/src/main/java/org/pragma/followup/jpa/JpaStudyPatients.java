package org.pragma.followup.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.PatientFilter;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.StudyPatients;
import org.pragma.followup.VisitStatus;
import org.pragma.shared.PageRequest;
import org.pragma.site.Site;
import org.pragma.study.Study;

/**
 * The study's patient list as one native query over patient (site_id, enrolled_on) and, for a visit,
 * its patient_visit row; the visit outcome is {@link CompletionQuery#outcome}, the very condition the
 * dashboard's counts sum.
 */
@ApplicationScoped
class JpaStudyPatients implements StudyPatients {
  private static final String COLUMNS = "p.study_patient_id, p.site_id, p.arm, p.status, p.status_on, p.enrolled_on";
  private static final String VISIT_COLUMNS = ", v.opens_on, v.target_on, v.closes_on, v.remind_on, v.data_state, v.visit_on";

  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public long count(Study study, List<Site> sites, PatientFilter filter, LocalDate today) {
    if (sites.isEmpty()) {
      return 0;
    }
    Sql sql = where(new Sql("select count(*)"), study, sites, filter, today);
    return ((Number) sql.query(em).getSingleResult()).longValue();
  }

  @Override
  public List<Row> page(Study study, List<Site> sites, PatientFilter filter, LocalDate today, PageRequest page) {
    if (sites.isEmpty()) {
      return List.of();
    }
    boolean visit = filter.visit() != null;
    Sql sql = where(new Sql("select " + COLUMNS + (visit ? VISIT_COLUMNS : "")), study, sites, filter, today);
    sql.text.append(" order by p.study_patient_id");
    @SuppressWarnings("unchecked")
    List<Object[]> rows = sql.query(em).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return rows.stream().map(r -> new Row((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
        PatientStatus.valueOf((String) r[3]), date(r[4]), date(r[5]),
        visit ? new Visit(new VisitStatus.VisitDates(date(r[6]), date(r[7]), date(r[8]), date(r[9])),
            PatientVisit.DataState.COMPLETE.name().equals(r[10]), date(r[11])) : null)).toList();
  }

  private static Sql where(Sql sql, Study study, List<Site> sites, PatientFilter filter, LocalDate today) {
    sql.text.append(" from patient p");
    if (filter.visit() != null) {
      // The visit's site repeats the patient's, so the (site_id, ...) indexes of patient_visit serve the join.
      sql.text.append(" join patient_visit v on v.patient_id = p.id and v.site_id = p.site_id and v.code = ?");
      sql.parameters.add(filter.visit());
    }
    sql.text.append(" where p.study_id = ? and p.site_id in (").append(String.join(", ", java.util.Collections.nCopies(sites.size(), "?")))
        .append(')');
    sql.parameters.add(study.id());
    sites.forEach(s -> sql.parameters.add(s.id()));
    sql.and(filter.from() != null, "p.enrolled_on >= ?", filter.from());
    sql.and(filter.to() != null, "p.enrolled_on <= ?", filter.to());
    sql.and(filter.arm() != null, "p.arm = ?", filter.arm());
    sql.and(filter.status() != null, "p.status = ?", filter.status() == null ? null : filter.status().name());
    if (filter.visit() != null && filter.outcome() != null) {
      String outcome = CompletionQuery.outcome(filter.outcome());
      sql.text.append(" and ").append(outcome);
      outcome.chars().filter(c -> c == '?').forEach(c -> sql.parameters.add(today));
    }
    return sql;
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString().substring(0, 10));
  }

  /** Native SQL with its positional parameters in order. */
  private static final class Sql {
    final StringBuilder text;
    final List<Object> parameters = new ArrayList<>();

    Sql(String select) {
      text = new StringBuilder(select);
    }

    void and(boolean when, String condition, Object value) {
      if (when) {
        text.append(" and ").append(condition);
        parameters.add(value);
      }
    }

    Query query(EntityManager em) {
      Query q = em.createNativeQuery(text.toString());
      for (int i = 0; i < parameters.size(); i++) {
        q.setParameter(i + 1, parameters.get(i));
      }
      return q;
    }
  }
}
