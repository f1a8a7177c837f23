package org.pragma.query.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.pragma.followup.PatientVisit;
import org.pragma.query.DataQueries;
import org.pragma.query.DataQuery;
import org.pragma.query.QueryStatus;
import org.pragma.site.Site;

@ApplicationScoped
class JpaDataQueries implements DataQueries {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public void add(DataQuery query) {
    em.persist(query);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<DataQuery> byId(long id) {
    return Optional.ofNullable(em.find(DataQuery.class, id));
  }

  @Override
  public List<DataQuery> at(List<Site> sites, java.util.Set<QueryStatus> states) {
    if (sites.isEmpty()) {
      return List.of();
    }
    TypedQuery<DataQuery> q = em.createQuery("select q from DataQuery q where q.siteId in :sites"
        + (states.isEmpty() ? "" : " and q.status in :states") + " order by q.raisedAt, q.id", DataQuery.class)
        .setParameter("sites", sites.stream().map(Site::id).toList());
    if (!states.isEmpty()) {
      q.setParameter("states", List.copyOf(states));
    }
    return q.getResultList();
  }

  @Override
  public List<DataQuery> of(PatientVisit visit) {
    return em.createQuery("select q from DataQuery q where q.visit = :visit order by q.raisedAt, q.id", DataQuery.class)
        .setParameter("visit", visit).getResultList();
  }
}
