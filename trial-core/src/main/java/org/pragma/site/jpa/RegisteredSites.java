package org.pragma.site.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pragma.security.SiteDirectory;

/** The sites feature answering user administration's question: is this site registered? */
@ApplicationScoped
class RegisteredSites implements SiteDirectory {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public boolean isRegistered(String studyCode, String siteCode) {
    return em.createQuery("select count(s) from Site s where s.study.code = :study and s.code = :code", Long.class)
        .setParameter("study", studyCode)
        .setParameter("code", siteCode)
        .getSingleResult() > 0;
  }

  @Override
  public boolean isRegistered(String studyCode) {
    return em.createQuery("select count(s) from Study s where s.code = :study", Long.class)
        .setParameter("study", studyCode)
        .getSingleResult() > 0;
  }
}
