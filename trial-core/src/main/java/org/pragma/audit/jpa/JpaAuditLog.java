package org.pragma.audit.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.pragma.audit.AuditEntry;
import org.pragma.audit.AuditFilter;
import org.pragma.audit.AuditLog;
import org.pragma.audit.AuditRecord;
import org.pragma.audit.AuditSubject;

@ApplicationScoped
class JpaAuditLog implements AuditLog {
  private static final int BATCH = 500;

  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Inject AuditSealer sealer;

  /** No lock: the entries commit with the caller's change and the sealer chains them afterwards. */
  @Override
  public void append(List<AuditEntry> entries) {
    entries.forEach(entry -> em.persist(new AuditPending(entry)));
    em.flush();
  }

  @Override
  public void seal() {
    sealer.sealCommitted();
  }

  @Override
  public long pending() {
    return em.createQuery("select count(p) from AuditPending p", Long.class).getSingleResult();
  }

  @Override
  public List<AuditRecord> search(AuditFilter filter, int first, int max) {
    seal();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> q = cb.createQuery(AuditRecord.class);
    Root<AuditRecord> r = q.from(AuditRecord.class);
    q.select(r).where(matching(cb, r, filter)).orderBy(cb.desc(r.get("seq")));
    return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(AuditFilter filter) {
    seal();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<AuditRecord> r = q.from(AuditRecord.class);
    q.select(cb.count(r)).where(matching(cb, r, filter));
    return em.createQuery(q).getSingleResult();
  }

  @Override
  public List<AuditRecord> about(List<AuditSubject> subjects, int first, int max) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    seal();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> q = cb.createQuery(AuditRecord.class);
    Root<AuditRecord> r = q.from(AuditRecord.class);
    q.select(r).where(anyOf(cb, r, subjects)).orderBy(cb.desc(r.get("seq")));
    return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countAbout(List<AuditSubject> subjects) {
    if (subjects.isEmpty()) {
      return 0;
    }
    seal();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<AuditRecord> r = q.from(AuditRecord.class);
    q.select(cb.count(r)).where(anyOf(cb, r, subjects));
    return em.createQuery(q).getSingleResult();
  }

  /** One (entity, study) group per branch, so the database reads each through the (entity, entity_id) index. */
  private static Predicate anyOf(CriteriaBuilder cb, Root<AuditRecord> r, List<AuditSubject> subjects) {
    Map<List<String>, List<String>> ids = new LinkedHashMap<>();
    subjects.forEach(s -> ids.computeIfAbsent(Arrays.asList(s.entity(), s.studyCode()), k -> new ArrayList<>()).add(s.entityId()));
    List<Predicate> any = new ArrayList<>();
    ids.forEach((group, entityIds) -> {
      Predicate p = cb.and(cb.equal(r.get("entity"), group.get(0)), r.get("entityId").in(entityIds));
      any.add(group.get(1) == null ? p : cb.and(p, cb.equal(r.get("studyCode"), group.get(1))));
    });
    return cb.or(any.toArray(Predicate[]::new));
  }

  @Override
  public void walk(long from, long upTo, java.util.function.Predicate<AuditRecord> sink) {
    long after = from;
    while (true) {
      TypedQuery<AuditRecord> q =
          em.createQuery("select r from AuditRecord r where r.seq > :after and r.seq <= :upTo order by r.seq", AuditRecord.class)
              .setParameter("after", after)
              .setParameter("upTo", upTo)
              .setMaxResults(BATCH);
      List<AuditRecord> batch = q.getResultList();
      for (AuditRecord record : batch) {
        if (!sink.test(record)) {
          return;
        }
        after = record.seq();
      }
      em.clear();
      if (batch.size() < BATCH) {
        return;
      }
    }
  }

  @Override
  public Head head() {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID);
    em.refresh(head);
    return new Head(head.lastSeq(), head.lastHash());
  }

  @Override
  public Optional<Head> latestCheckpoint() {
    return checkpoints("select seq, hash from audit_checkpoint where seq = (select max(seq) from audit_checkpoint)", null);
  }

  @Override
  public Optional<Head> checkpoint(long seq) {
    return checkpoints("select seq, hash from audit_checkpoint where seq = ?1", seq);
  }

  @Override
  public void saveCheckpoint(Head verified) {
    sealer.saveCheckpoint(verified);
  }

  private Optional<Head> checkpoints(String sql, Long seq) {
    var q = em.createNativeQuery(sql);
    if (seq != null) {
      q.setParameter(1, seq);
    }
    List<?> rows = q.getResultList();
    return rows.stream().findFirst().map(r -> (Object[]) r)
        .map(r -> new Head(((Number) r[0]).longValue(), (String) r[1]));
  }

  private static Predicate[] matching(CriteriaBuilder cb, Root<AuditRecord> r, AuditFilter f) {
    List<Predicate> p = new ArrayList<>();
    equal(cb, r, p, "studyCode", f.studyCode());
    equal(cb, r, p, "siteCode", f.siteCode());
    equal(cb, r, p, "username", f.username());
    equal(cb, r, p, "entity", f.entity());
    equal(cb, r, p, "entityId", f.entityId());
    if (f.from() != null) {
      p.add(cb.greaterThanOrEqualTo(r.get("recordedAt"), f.from()));
    }
    if (f.to() != null) {
      p.add(cb.lessThan(r.get("recordedAt"), f.to()));
    }
    return p.toArray(Predicate[]::new);
  }

  private static void equal(CriteriaBuilder cb, Root<AuditRecord> r, List<Predicate> p, String field, String value) {
    if (value != null && !value.isBlank()) {
      p.add(cb.equal(r.get(field), value.strip()));
    }
  }
}
