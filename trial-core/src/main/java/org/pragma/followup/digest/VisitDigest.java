package org.pragma.followup.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.VisitStatus;
import org.pragma.followup.Visits;
import org.pragma.security.Role;
import org.pragma.security.Roles;
import org.pragma.security.SiteAssignment;
import org.pragma.security.UserAccount;
import org.pragma.security.Users;
import org.pragma.site.Site;
import org.pragma.site.Sites;
import org.pragma.study.Studies;

/**
 * Every morning, each coordinator with an email address gets the visits of their sites that are
 * due in the next 14 days or overdue. Statuses are derived when read, so there is nothing stored to
 * refresh; the job only reads. One run per day across all instances ({@link JobClaims}).
 */
@Singleton
public class VisitDigest {
  private static final Logger LOG = Logger.getLogger(VisitDigest.class.getName());
  static final String JOB = "visit-digest";
  private static final int DAYS = 14;

  @EJB JobClaims claims;
  @Inject Users users;
  @Inject Studies studies;
  @Inject Sites sites;
  @Inject Visits visits;
  @Inject MailSender mail;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "0", persistent = false, info = "Daily visit digest")
  void daily() {
    DigestReport report = run(LocalDate.now(clock));
    LOG.info(() -> "Visit digest " + report);
  }

  /**
   * Runs the digest for {@code day} unless an instance already did; admins may trigger it by hand, and
   * with {@code again} send it a second time.
   */
  @RolesAllowed(Roles.ADMIN)
  public DigestReport runFor(LocalDate day, boolean again) {
    if (again) {
      claims.release(JOB, day);
    }
    return run(day);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  DigestReport run(LocalDate day) {
    if (!mail.isConfigured()) {
      return new DigestReport(day, false, 0, 0, 0, "Mail is not configured (PRAGMA_MAIL_HOST); no digest sent.");
    }
    if (!claims.claim(JOB, day, node())) {
      return new DigestReport(day, false, 0, 0, 0, "Another run already sent the digest of " + day + ".");
    }
    int sent = 0;
    int withoutEmail = 0;
    int failed = 0;
    for (UserAccount user : users.all()) {
      if (!user.active() || !user.roles().contains(Role.COORDINATOR)) {
        continue;
      }
      if (user.email().isEmpty()) {
        withoutEmail++;
        continue;
      }
      List<PatientVisit> due = dueAt(user, day);
      if (due.isEmpty()) {
        continue;
      }
      try {
        mail.send(user.email().get(), "Pragma: " + due.size() + " visit(s) due or overdue on " + day, DigestText.of(user, due, day));
        sent++;
      } catch (MessagingException e) {
        failed++;
        LOG.warning(() -> "Digest to " + user.username() + " failed: " + e.getMessage());
      }
    }
    return new DigestReport(day, true, sent, withoutEmail, failed, "");
  }

  private List<PatientVisit> dueAt(UserAccount user, LocalDate day) {
    List<Site> mine = new ArrayList<>();
    for (SiteAssignment a : user.sites()) {
      studies.byCode(a.studyCode()).flatMap(s -> sites.byCode(s, a.siteCode())).ifPresent(mine::add);
    }
    return visits.worklist(mine, day, DAYS).stream()
        .filter(v -> VisitStatus.of(v, day) != VisitStatus.UPCOMING || !v.targetOn().isAfter(day.plusDays(DAYS)))
        .toList();
  }

  private static String node() {
    try {
      return Optional.ofNullable(InetAddress.getLocalHost().getHostName()).orElse("?");
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
