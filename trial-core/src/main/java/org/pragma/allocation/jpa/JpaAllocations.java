package org.pragma.allocation.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pragma.allocation.Allocations;
import org.pragma.allocation.SiteArm;
import org.pragma.allocation.SiteRandomization;
import org.pragma.site.Site;
import org.pragma.study.Study;

@ApplicationScoped
class JpaAllocations implements Allocations {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public List<SiteRandomization> of(Study study) {
    return em.createQuery("select r from SiteRandomization r where r.study = :study order by r.wave", SiteRandomization.class)
        .setParameter("study", study)
        .getResultList();
  }

  @Override
  public Optional<SiteArm> armOf(Site site) {
    return em.createQuery("select a from SiteArm a where a.site = :site", SiteArm.class)
        .setParameter("site", site)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void serialize(Study study) {
    em.lock(study, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void add(SiteRandomization randomization) {
    em.persist(randomization);
  }

  @Override
  public void lock(SiteArm arm) {
    em.persist(arm);
  }
}
