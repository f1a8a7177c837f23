package org.pragma.enrollment.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.PatientIdentifier;
import org.pragma.enrollment.Patients;
import org.pragma.screening.Screening;
import org.pragma.site.Site;
import org.pragma.study.Study;

@ApplicationScoped
class JpaPatients implements Patients, org.pragma.screening.EnrolledScreenings {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public void lockForEnrollment(Site site) {
    // SELECT ... FOR UPDATE works alike on H2 and PostgreSQL and does not touch the site's version.
    em.createNativeQuery("select id from site where id = ? for update").setParameter(1, site.id()).getResultList();
  }

  @Override
  public int nextSequence(Site site) {
    Integer max = em.createQuery("select max(p.sequence) from Patient p where p.site = :site", Integer.class)
        .setParameter("site", site).getSingleResult();
    return max == null ? 1 : max + 1;
  }

  @Override
  public Optional<Patient> byIdempotencyKey(Site site, String key) {
    return first(em.createQuery("select p from Patient p where p.site = :site and p.idempotencyKey = :key", Patient.class)
        .setParameter("site", site).setParameter("key", key).getResultList());
  }

  @Override
  public Optional<Patient> byScreening(Screening screening) {
    return first(em.createQuery("select p from Patient p where p.screening = :screening", Patient.class)
        .setParameter("screening", screening).getResultList());
  }

  @Override
  public boolean test(Screening screening) {
    return byScreening(screening).isPresent();
  }

  @Override
  public Optional<Patient> byRecordNumberIndex(Site site, String index) {
    List<Long> ids = em.createQuery(
            "select i.patientId from PatientIdentifier i where i.siteId = :site and i.recordNumberIndex = :index", Long.class)
        .setParameter("site", site.id()).setParameter("index", index).getResultList();
    return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(Patient.class, ids.get(0)));
  }

  @Override
  public Optional<Patient> byStudyId(Study study, String studyId) {
    return first(em.createQuery("select p from Patient p where p.study = :study and p.studyId = :id", Patient.class)
        .setParameter("study", study).setParameter("id", studyId).getResultList());
  }

  @Override
  public List<Patient> notUnder(Study study, org.pragma.protocol.ProtocolVersion version) {
    return em.createQuery("select p from Patient p where p.study = :study and p.protocolVersion <> :version order by p.studyId",
        Patient.class).setParameter("study", study).setParameter("version", version).getResultList();
  }

  @Override
  public List<Patient> of(Site site) {
    return em.createQuery("select p from Patient p where p.site = :site order by p.sequence", Patient.class)
        .setParameter("site", site).getResultList();
  }

  @Override
  public long countAt(Site site) {
    return em.createQuery("select count(p) from Patient p where p.site = :site", Long.class)
        .setParameter("site", site).getSingleResult();
  }

  @Override
  public void add(Patient patient) {
    em.persist(patient);
    em.flush();
  }

  @Override
  public void add(PatientIdentifier identifier) {
    em.persist(identifier);
  }

  @Override
  public Optional<PatientIdentifier> identifierOf(Patient patient) {
    return Optional.ofNullable(em.find(PatientIdentifier.class, patient.id()));
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }
}
