package org.pragma.followup.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.enrollment.Patient;
import java.time.LocalDate;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.CompletionCount;
import org.pragma.followup.ContactAttempt;
import org.pragma.followup.InstrumentResponse;
import org.pragma.site.Site;
import org.pragma.study.Study;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.StatusCompletion;
import org.pragma.followup.Visits;
import org.pragma.followup.Visits.Due;
import org.pragma.followup.VisitStatus;
import org.pragma.followup.WorklistRow;
import org.pragma.shared.PageRequest;

@ApplicationScoped
class JpaVisits implements Visits {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public void add(PatientVisit visit) {
    em.persist(visit);
  }

  @Override
  public void add(InstrumentResponse response) {
    em.persist(response);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void add(ContactAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public List<ContactAttempt> contactAttempts(PatientVisit visit) {
    return em.createQuery("select a from ContactAttempt a where a.visit = :v order by a.attemptedOn desc, a.id desc",
        ContactAttempt.class).setParameter("v", visit).getResultList();
  }

  @Override
  public List<PatientVisit> worklist(List<Site> sites, LocalDate today, int days) {
    if (sites.isEmpty()) {
      return List.of();
    }
    // Driven by the (site_id, closes_on) index of patient_visit; the patient join only checks the status.
    return em.createQuery("select v from PatientVisit v join v.patient p where v.siteId in :sites"
                + " and v.closesOn >= :today and v.dataState <> :complete and p.status in :followed"
                + " and (v.opensOn <= :today or v.targetOn <= :horizon) order by v.targetOn, p.studyId", PatientVisit.class)
        .setParameter("sites", sites.stream().map(Site::id).toList()).setParameter("complete", PatientVisit.DataState.COMPLETE)
        .setParameter("followed", List.of(PatientStatus.ENROLLED, PatientStatus.LOST_TO_FOLLOW_UP))
        .setParameter("today", today).setParameter("horizon", today.plusDays(days))
        .getResultList();
  }

  @Override
  public List<WorklistRow> worklist(List<Site> sites, LocalDate today, int days, PageRequest page) {
    if (sites.isEmpty()) {
      return List.of();
    }
    // First the page's visit ids, from the worklist index alone; then only those rows, as columns (loading
    // entities would load each visit's patient, screening and protocol version row by row).
    List<Long> ids = worklistParameters(em.createQuery("select v.id" + WORKLIST
            + " order by v.targetOn, v.patient.id, v.position", Long.class), sites, today, days)
        .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> codes = new HashMap<>();
    sites.forEach(s -> codes.put(s.id(), s.code()));
    Map<Long, Object[]> rows = new HashMap<>();
    em.createQuery("select v.siteId, p.studyId, p.arm, v.code, v.name, v.opensOn, v.targetOn, v.closesOn, v.remindOn,"
            + " v.dataState, v.visitOn, p.status, p.statusOn, p.unreachable,"
            + " (select count(a) from ContactAttempt a where a.visit = v), v.id"
            + " from PatientVisit v join v.patient p where v.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultList().forEach(r -> rows.put((Long) r[15], r));
    return ids.stream().map(rows::get).map(r -> worklistRow(r, codes, today)).toList();
  }

  @Override
  public long worklistCount(List<Site> sites, LocalDate today, int days) {
    if (sites.isEmpty()) {
      return 0;
    }
    return worklistParameters(em.createQuery("select count(v.targetOn)" + WORKLIST, Long.class), sites, today, days)
        .getSingleResult();
  }

  @Override
  public Map<Long, Due> dueBySite(List<Site> sites, LocalDate today, int days) {
    Map<Long, Due> due = new HashMap<>();
    if (sites.isEmpty()) {
      return due;
    }
    worklistParameters(em.createQuery("select v.siteId, count(v.targetOn), sum(case when v.targetOn < :today then 1 else 0 end)"
            + WORKLIST + " group by v.siteId", Object[].class), sites, today, days)
        .getResultList().forEach(r -> due.put((Long) r[0], new Due(count(r[1]), count(r[2]))));
    return due;
  }

  /**
   * The visits of a paged worklist, answered from the (site_id, closes_on, opens_on, target_on, data_state,
   * patient_id, position, id) index alone: the few patients no longer followed at these sites are excluded
   * instead of joining every patient. The same visits as {@link #worklist(List, LocalDate, int)}.
   */
  private static final String WORKLIST = " from PatientVisit v where v.siteId in :sites and v.closesOn >= :today"
      + " and v.dataState <> :complete and (v.opensOn <= :today or v.targetOn <= :horizon)"
      + " and v.patient.id not in (select q.id from Patient q where q.site.id in :sites and q.status not in :followed)";

  private static <T> TypedQuery<T> worklistParameters(TypedQuery<T> q, List<Site> sites, LocalDate today, int days) {
    return q.setParameter("sites", sites.stream().map(Site::id).toList())
        .setParameter("complete", PatientVisit.DataState.COMPLETE)
        .setParameter("followed", List.of(PatientStatus.ENROLLED, PatientStatus.LOST_TO_FOLLOW_UP))
        .setParameter("today", today).setParameter("horizon", today.plusDays(days));
  }

  private static WorklistRow worklistRow(Object[] r, Map<Long, String> codes, LocalDate today) {
    PatientVisit.DataState data = (PatientVisit.DataState) r[9];
    VisitStatus status = VisitStatus.of(new VisitStatus.VisitDates((LocalDate) r[5], (LocalDate) r[6], (LocalDate) r[7],
        (LocalDate) r[8]), data == PatientVisit.DataState.COMPLETE, (LocalDate) r[10], (PatientStatus) r[11],
        (LocalDate) r[12], today);
    return new WorklistRow((String) r[1], codes.get((Long) r[0]), (String) r[2], (String) r[3], (String) r[4],
        (LocalDate) r[6], (LocalDate) r[5], (LocalDate) r[7], status, status.label(), data,
        (int) count(r[14]), (Boolean) r[13]);
  }

  @Override
  public List<CompletionCount> completion(Study study, List<Site> sites, LocalDate today) {
    if (sites.isEmpty()) {
      return List.of();
    }
    Map<Long, String> codes = new HashMap<>();
    sites.forEach(s -> codes.put(s.id(), s.code()));
    Query query = em.createNativeQuery(CompletionQuery.sql(sites.size()))
        .setParameter(1, today).setParameter(2, today).setParameter(3, study.id());
    for (int i = 0; i < sites.size(); i++) {
      query.setParameter(4 + i, sites.get(i).id());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(r -> new CompletionCount(codes.get(((Number) r[0]).longValue()), (String) r[1], (String) r[2],
            count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7])))
        .sorted(java.util.Comparator.comparing(CompletionCount::site).thenComparing(CompletionCount::arm)
            .thenComparing(CompletionCount::visit))
        .toList();
  }

  @Override
  public List<StatusCompletion> completionByStatus(Study study, List<Site> sites, LocalDate today, LocalDate enrolledFrom,
      LocalDate enrolledTo) {
    if (sites.isEmpty()) {
      return List.of();
    }
    Map<Long, String> codes = new HashMap<>();
    sites.forEach(s -> codes.put(s.id(), s.code()));
    Query query = em.createNativeQuery(CompletionQuery.byPatientStatus(sites.size()))
        .setParameter(1, today).setParameter(2, today).setParameter(3, today).setParameter(4, today)
        .setParameter(5, enrolledFrom).setParameter(6, enrolledTo).setParameter(7, study.id());
    for (int i = 0; i < sites.size(); i++) {
      query.setParameter(8 + i, sites.get(i).id());
      query.setParameter(8 + sites.size() + i, sites.get(i).id());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(r -> new StatusCompletion(codes.get(((Number) r[0]).longValue()), (String) r[1], (String) r[2],
            PatientStatus.valueOf((String) r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]), count(r[9])))
        .toList();
  }

  private static long count(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  @Override
  public List<PatientVisit> of(Patient patient) {
    return em.createQuery("select v from PatientVisit v where v.patient = :p order by v.position", PatientVisit.class)
        .setParameter("p", patient).getResultList();
  }

  @Override
  public Optional<PatientVisit> of(Patient patient, String visitCode) {
    return em.createQuery("select v from PatientVisit v where v.patient = :p and v.code = :c", PatientVisit.class)
        .setParameter("p", patient).setParameter("c", visitCode).getResultList().stream().findFirst();
  }

  @Override
  public List<InstrumentResponse> responses(PatientVisit visit) {
    return em.createQuery("select r from InstrumentResponse r where r.visit = :v order by r.id", InstrumentResponse.class)
        .setParameter("v", visit).getResultList();
  }

  @Override
  public Map<Long, NextVisit> nextOpen(Collection<Long> patientIds) {
    Map<Long, NextVisit> next = new HashMap<>();
    if (patientIds.isEmpty()) {
      return next;
    }
    // Read through the (patient_id, position) index; the last put per patient is its lowest position.
    em.createQuery("select v.patient.id, v.name, v.targetOn from PatientVisit v where v.patient.id in :ids"
                + " and v.dataState <> :complete order by v.position desc", Object[].class)
        .setParameter("ids", List.copyOf(patientIds)).setParameter("complete", PatientVisit.DataState.COMPLETE)
        .getResultList()
        .forEach(r -> next.put((Long) r[0], new NextVisit((String) r[1], (LocalDate) r[2])));
    return next;
  }

  @Override
  public List<VisitKey> keysOf(Patient patient) {
    return em.createQuery("select v.id, v.code from PatientVisit v where v.patient = :p order by v.position", Object[].class)
        .setParameter("p", patient).getResultList().stream().map(r -> new VisitKey((Long) r[0], (String) r[1])).toList();
  }
}
