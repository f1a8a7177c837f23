package org.pragma.site.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pragma.site.Site;
import org.pragma.site.Sites;
import org.pragma.study.Study;

@ApplicationScoped
class JpaSites implements Sites {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public List<Site> of(Study study) {
    return em.createQuery("select s from Site s where s.study = :study order by s.code", Site.class)
        .setParameter("study", study)
        .getResultList();
  }

  @Override
  public Optional<Site> byCode(Study study, String code) {
    return em.createQuery("select s from Site s where s.study = :study and s.code = :code", Site.class)
        .setParameter("study", study)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Site site) {
    em.persist(site);
    em.flush();
  }
}
