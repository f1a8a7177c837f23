package org.pragma.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pragma.security.UserAccount;
import org.pragma.security.Users;

@ApplicationScoped
class JpaUsers implements Users {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
  }

  @Override
  public boolean anyExists() {
    return !em.createQuery("select u.id from UserAccount u", Long.class).setMaxResults(1).getResultList().isEmpty();
  }

  @Override
  public void add(UserAccount user) {
    em.persist(user);
    em.flush();
  }
}
