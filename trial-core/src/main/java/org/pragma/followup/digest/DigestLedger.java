package org.pragma.followup.digest;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who got which study's digest of which day. A recipient is taken before the email goes out, in a
 * transaction of its own that commits at once, so two instances never both send it; marked sent
 * when the mail server accepted it; let go when sending failed, so the next run retries only them.
 * A recipient taken by a run that died mid-send is retried after {@link #IN_FLIGHT}: the mail
 * server may have accepted that one email in the instant before the crash, but a digest is never
 * lost without a trace.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DigestLedger {
  static final Duration IN_FLIGHT = Duration.ofMinutes(10);

  @PersistenceContext(unitName = "pragma")
  private EntityManager em;

  @Resource SessionContext context;
  @Inject Clock clock;

  /** Who already got the study's digest of the day. */
  public Set<String> sentTo(String study, LocalDate day) {
    List<?> names = em.createNativeQuery(
            "select username from digest_sent where study_code = ? and digest_on = ? and sent_at is not null")
        .setParameter(1, study).setParameter(2, day).getResultList();
    return names.stream().map(String::valueOf).collect(Collectors.toSet());
  }

  /** Takes the recipient for this digest; false if they already have it or another run is sending it. */
  public boolean take(String study, LocalDate day, String username) {
    Timestamp now = Timestamp.from(clock.instant());
    em.createNativeQuery("delete from digest_sent where study_code = ? and digest_on = ? and username = ?"
            + " and sent_at is null and taken_at < ?")
        .setParameter(1, study).setParameter(2, day).setParameter(3, username)
        .setParameter(4, Timestamp.from(clock.instant().minus(IN_FLIGHT))).executeUpdate();
    Number taken = (Number) em.createNativeQuery(
            "select count(*) from digest_sent where study_code = ? and digest_on = ? and username = ?")
        .setParameter(1, study).setParameter(2, day).setParameter(3, username).getSingleResult();
    if (taken.longValue() > 0) {
      return false;
    }
    try {
      em.createNativeQuery("insert into digest_sent (study_code, digest_on, username, taken_at) values (?, ?, ?, ?)")
          .setParameter(1, study).setParameter(2, day).setParameter(3, username).setParameter(4, now).executeUpdate();
      return true;
    } catch (PersistenceException e) {
      context.setRollbackOnly();
      return false;
    }
  }

  /** The mail server accepted the recipient's digest. */
  public void sent(String study, LocalDate day, String username) {
    em.createNativeQuery("update digest_sent set sent_at = ? where study_code = ? and digest_on = ? and username = ?")
        .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, study).setParameter(3, day)
        .setParameter(4, username).executeUpdate();
  }

  /** Sending failed: the recipient is free for the next run. */
  public void failed(String study, LocalDate day, String username) {
    em.createNativeQuery("delete from digest_sent where study_code = ? and digest_on = ? and username = ? and sent_at is null")
        .setParameter(1, study).setParameter(2, day).setParameter(3, username).executeUpdate();
  }

  /** Forgets who got the day's digest, so an admin can send it to everyone again. */
  public void forget(String study, LocalDate day) {
    em.createNativeQuery("delete from digest_sent where study_code = ? and digest_on = ?")
        .setParameter(1, study).setParameter(2, day).executeUpdate();
  }
}
