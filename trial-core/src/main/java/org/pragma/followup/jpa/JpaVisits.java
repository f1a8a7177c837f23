package org.pragma.followup.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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
import org.pragma.followup.Visits;

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
  public Map<Long, PatientVisit> nextOpen(org.pragma.site.Site site) {
    Map<Long, PatientVisit> next = new HashMap<>();
    em.createQuery("select v from PatientVisit v where v.patient.site = :site and v.dataState <> :complete"
                + " order by v.position desc", PatientVisit.class)
        .setParameter("site", site).setParameter("complete", PatientVisit.DataState.COMPLETE)
        .getResultList()
        .forEach(v -> next.put(v.patient().id(), v));
    return next;
  }
}
