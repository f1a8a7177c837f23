package org.pragma.protocol.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pragma.protocol.ProtocolVersion;
import org.pragma.protocol.ProtocolVersions;
import org.pragma.study.Study;

@ApplicationScoped
class JpaProtocolVersions implements ProtocolVersions {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public List<ProtocolVersion> of(Study study) {
    return em.createQuery(
            "select v from ProtocolVersion v where v.study = :study order by v.sequence", ProtocolVersion.class)
        .setParameter("study", study)
        .getResultList();
  }

  @Override
  public Optional<ProtocolVersion> latest(Study study) {
    List<ProtocolVersion> all = of(study);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public Optional<ProtocolVersion> byId(long id) {
    return Optional.ofNullable(em.find(ProtocolVersion.class, id));
  }

  @Override
  public void add(ProtocolVersion version) {
    em.persist(version);
  }

  @Override
  public boolean hasStoredFiles(ProtocolVersion version) {
    return ((Number) em.createNativeQuery("select count(*) from protocol_version_file where version_id = ?")
        .setParameter(1, version.id()).getSingleResult()).longValue() > 0;
  }

  @Override
  public void lockForRecording() {
    em.createNativeQuery("select name from server_lock where name = 'protocols' for update").getResultList();
  }
}
