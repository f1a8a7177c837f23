package org.pragma.enrollment.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.PatientIdentifier;
import org.pragma.enrollment.PatientStatus;
import org.pragma.enrollment.Patients;
import org.pragma.screening.Screening;
import org.pragma.shared.PageRequest;
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
    // The site as committed now: a closure committed meanwhile (on this server or another) holds the same lock first.
    if (em.contains(site)) {
      em.refresh(site);
    }
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
  public Map<Long, Long> countsAt(List<Site> sites) {
    Map<Long, Long> counts = new HashMap<>();
    if (!sites.isEmpty()) {
      em.createQuery("select p.site.id, count(p) from Patient p where p.site in :sites group by p.site.id", Object[].class)
          .setParameter("sites", sites).getResultList().forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
    }
    return counts;
  }

  @Override
  public List<Listed> list(Site site, Search search, PageRequest page) {
    // First the page's ids in sequence order from the (site_id, sequence_no, status, study_patient_id, id) index
    // alone (the identifier subqueries read (site_id, mrn_index) and (site_id, surname_index)); then those rows.
    List<Long> ids = parameters(em.createQuery("select p.id" + where(search) + " order by p.sequence", Long.class),
        site, search).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Listed> rows = new HashMap<>();
    em.createQuery("select p.id, p.studyId, p.arm, p.status, p.enrolledOn from Patient p where p.id in :ids", Object[].class)
        .setParameter("ids", ids).getResultList()
        .forEach(r -> rows.put((Long) r[0], new Listed((Long) r[0], (String) r[1], (String) r[2], (PatientStatus) r[3],
            (LocalDate) r[4])));
    return ids.stream().map(rows::get).toList();
  }

  @Override
  public long count(Site site, Search search) {
    return parameters(em.createQuery("select count(p)" + where(search), Long.class), site, search).getSingleResult();
  }

  private static String where(Search search) {
    StringBuilder jpql = new StringBuilder(" from Patient p where p.site = :site");
    if (search.status() != null) {
      jpql.append(" and p.status = :status");
    }
    if (search.byText()) {
      List<String> any = new ArrayList<>();
      if (search.studyIdPart() != null) {
        any.add("upper(p.studyId) like :studyId escape '!'");
      }
      if (search.recordNumberIndex() != null) {
        any.add("p.id in (select i.patientId from PatientIdentifier i where i.siteId = :siteId"
            + " and i.recordNumberIndex = :mrn)");
      }
      if (search.surnameIndex() != null) {
        any.add("p.id in (select n.patientId from PatientIdentifier n where n.siteId = :siteId"
            + " and n.surnameIndex = :surname)");
      }
      jpql.append(" and (").append(String.join(" or ", any)).append(')');
    }
    return jpql.toString();
  }

  private static <T> TypedQuery<T> parameters(TypedQuery<T> q, Site site, Search search) {
    q.setParameter("site", site);
    if (search.status() != null) {
      q.setParameter("status", search.status());
    }
    if (search.studyIdPart() != null) {
      String escaped = search.studyIdPart().toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
      q.setParameter("studyId", "%" + escaped + "%");
    }
    if (search.recordNumberIndex() != null || search.surnameIndex() != null) {
      q.setParameter("siteId", site.id());
    }
    if (search.recordNumberIndex() != null) {
      q.setParameter("mrn", search.recordNumberIndex());
    }
    if (search.surnameIndex() != null) {
      q.setParameter("surname", search.surnameIndex());
    }
    return q;
  }

  @Override
  public List<PatientIdentifier> identifiersOf(Collection<Long> patientIds) {
    if (patientIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from PatientIdentifier i where i.patientId in :ids", PatientIdentifier.class)
        .setParameter("ids", List.copyOf(patientIds)).getResultList();
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
