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
  public List<Signature> find(String contentHash, String signer, int max) {
    boolean byHash = contentHash != null && !contentHash.isBlank();
    return em.createQuery("select s from Signature s where (:anyHash = true or s.contentHash = :hash)"
            + " and (:anySigner = true or s.username = :signer) order by s.signedAt desc, s.id desc", Signature.class)
        .setParameter("anyHash", !byHash).setParameter("hash", byHash ? contentHash : "")
        .setParameter("anySigner", signer == null).setParameter("signer", signer == null ? "" : signer)
        .setMaxResults(max)
        .getResultList();
  }

}
