package org.pragma.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.pragma.security.ApiToken;
import org.pragma.security.ApiTokens;

@ApplicationScoped
class JpaApiTokens implements ApiTokens {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public Optional<ApiToken> byHash(String tokenHash) {
    return Optional.ofNullable(em.find(ApiToken.class, tokenHash));
  }

  @Override
  public void add(ApiToken token) {
    em.persist(token);
  }

  @Override
  public void remove(String tokenHash) {
    em.createQuery("delete from ApiToken t where t.tokenHash = :hash").setParameter("hash", tokenHash).executeUpdate();
  }

  @Override
  public void removeExpired(Instant now) {
    em.createQuery("delete from ApiToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
  }
}
