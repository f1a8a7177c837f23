package org.pragma.enrollment.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pragma.site.SiteStatus;
import org.pragma.study.Study;
import org.pragma.study.StudyFacts;
import org.pragma.study.StudyProgress;

/**
 * The study's status facts, read where they all meet (enrollment sees sites, their randomization and
 * patients): four grouped queries for any number of studies, so the studies list stays one round of reads.
 */
@ApplicationScoped
class JpaStudyFacts implements StudyFacts {
  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Override
  public Map<String, StudyProgress> progress(Collection<Study> studies) {
    Set<String> randomized = new HashSet<>(em.createQuery(
            "select distinct r.study.code from SiteRandomization r where r.study in :studies", String.class)
        .setParameter("studies", studies).getResultList());
    Map<String, Long> enrolled = counts(em.createQuery(
            "select p.study.code, count(p) from Patient p where p.study in :studies group by p.study.code", Object[].class)
        .setParameter("studies", studies).getResultList());
    Map<Long, Long> enrolledAtSite = new HashMap<>();
    em.createQuery("select p.site.id, count(p) from Patient p where p.study in :studies group by p.site.id", Object[].class)
        .setParameter("studies", studies).getResultList()
        .forEach(row -> enrolledAtSite.put((Long) row[0], ((Number) row[1]).longValue()));
    Map<String, long[]> open = new HashMap<>();
    em.createQuery("select s.study.code, s.id, s.enrollmentTarget from Site s where s.study in :studies and s.status <> :closed",
            Object[].class)
        .setParameter("studies", studies).setParameter("closed", SiteStatus.CLOSED).getResultList()
        .forEach(row -> {
          long[] sites = open.computeIfAbsent((String) row[0], k -> new long[2]);
          sites[0]++;
          Integer target = (Integer) row[2];
          if (target != null && enrolledAtSite.getOrDefault((Long) row[1], 0L) >= target) {
            sites[1]++;
          }
        });
    Map<String, StudyProgress> progress = new HashMap<>();
    for (Study study : studies) {
      long[] sites = open.getOrDefault(study.code(), new long[2]);
      progress.put(study.code(), new StudyProgress(randomized.contains(study.code()),
          enrolled.getOrDefault(study.code(), 0L), sites[0], sites[1]));
    }
    return progress;
  }

  private static Map<String, Long> counts(List<Object[]> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }
}
