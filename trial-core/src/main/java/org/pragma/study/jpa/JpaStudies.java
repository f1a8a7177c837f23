package org.pragma.study.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pragma.study.Studies;
import org.pragma.study.Study;

@ApplicationScoped
class JpaStudies implements Studies {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public Optional<Study> byCode(String code) {
    return em.createQuery("select s from Study s where s.code = :code", Study.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Study> all() {
    return em.createQuery("select s from Study s order by s.code", Study.class).getResultList();
  }

  @Override
  public void add(Study study) {
    em.persist(study);
    em.flush();
  }
}
