package org.pragma.followup.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.enrollment.Patient;
import org.pragma.followup.InstrumentResponse;
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
