package org.pragma.screening.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.pragma.screening.Screening;
import org.pragma.screening.Screenings;
import org.pragma.site.Site;

@ApplicationScoped
class JpaScreenings implements Screenings {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public List<Screening> of(Site site) {
    return em.createQuery("select s from Screening s where s.site = :site order by s.screenedOn desc, s.id desc", Screening.class)
        .setParameter("site", site)
        .getResultList();
  }

  @Override
  public void lockSite(Site site) {
    em.createNativeQuery("select id from site where id = ? for update").setParameter(1, site.id()).getResultList();
  }

  @Override
  public void refresh(Screening screening) {
    em.refresh(screening);
  }

  @Override
  public java.util.Optional<Screening> byId(long id) {
    return java.util.Optional.ofNullable(em.find(Screening.class, id));
  }

  @Override
  public void add(Screening screening) {
    em.persist(screening);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
