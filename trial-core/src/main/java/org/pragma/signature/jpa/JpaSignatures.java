package org.pragma.signature.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.pragma.signature.Signature;
import org.pragma.signature.Signatures;

@ApplicationScoped
class JpaSignatures implements Signatures {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public void add(Signature signature) {
    em.persist(signature);
    em.flush();
  }

  @Override
  public List<Signature> find(String contentHash, int max) {
    if (contentHash == null || contentHash.isBlank()) {
      return em.createQuery("select s from Signature s order by s.signedAt desc, s.id desc", Signature.class)
          .setMaxResults(max)
          .getResultList();
    }
    return em.createQuery(
            "select s from Signature s where s.contentHash = :hash order by s.signedAt desc, s.id desc", Signature.class)
        .setParameter("hash", contentHash)
        .setMaxResults(max)
        .getResultList();
  }
}
