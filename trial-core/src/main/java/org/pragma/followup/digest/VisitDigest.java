package org.pragma.followup.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.VisitStatus;
import org.pragma.followup.Visits;
import org.pragma.protocol.StudyCalendar;
import org.pragma.security.Role;
import org.pragma.security.Roles;
import org.pragma.security.SiteAssignment;
import org.pragma.security.UserAccount;
import org.pragma.security.Users;
import org.pragma.site.Site;
import org.pragma.site.Sites;
import org.pragma.study.Studies;
import org.pragma.study.Study;

/**
 * Every morning from 06:00 at a study's clinics, each coordinator of the study with an email
 * address gets the visits of their sites that are due in the next 14 days or overdue. Each email is
 * its own step, recorded in the {@link DigestLedger}: a failed or interrupted run is resumed by the
 * next tick (as is a coordinator assigned later that day), and no one gets the same digest twice.
 * Nothing here runs in a transaction of its own: the ledger commits each step at once.
 */
@Stateless
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitDigest {
  private static final Logger LOG = Logger.getLogger(VisitDigest.class.getName());
  private static final int DAYS = 14;

  @EJB DigestLedger ledger;
  @Inject StudyCalendar calendar;
  @Inject Users users;
  @Inject Studies studies;
  @Inject Sites sites;
  @Inject Visits visits;
  @Inject MailSender mail;

  /** Every quarter hour: each study whose clinics are past 06:00 gets (the rest of) today's digest. */
  @Schedule(hour = "*", minute = "*/15", persistent = false, info = "Daily visit digest, 06:00 in each study's zone")
  void tick() {
    for (Study study : studies.all()) {
      try {
        DigestSchedule.dayDue(calendar.now(study.code())).ifPresent(day -> {
          DigestReport report = send(study.code(), day);
          if (report.ran()) {
            LOG.info(() -> "Visit digest " + report);
          }
        });
      } catch (RuntimeException e) {
        LOG.warning(() -> "Visit digest of " + study.code() + " not sent: " + e.getMessage());
      }
    }
  }

  /**
   * Sends the digest of {@code day} (today at each study's clinics when null) of one study, or of
   * every study when {@code studyCode} is null, to whoever does not have it yet; with {@code again},
   * to everyone once more.
   */
  @RolesAllowed(Roles.ADMIN)
  public List<DigestReport> runFor(String studyCode, LocalDate day, boolean again) {
    List<String> codes = studyCode != null ? List.of(studies.byCode(studyCode).map(Study::code).orElse(studyCode))
        : studies.all().stream().map(Study::code).toList();
    List<DigestReport> reports = new ArrayList<>();
    for (String code : codes) {
      LocalDate on = day != null ? day : calendar.today(code);
      if (again) {
        ledger.forget(code, on);
      }
      reports.add(send(code, on));
    }
    return reports;
  }

  /** What became of one coordinator's digest in a run. */
  private enum Outcome { SENT, ALREADY_SENT, NO_EMAIL, NOTHING_DUE, FAILED }

  private DigestReport send(String study, LocalDate day) {
    if (!mail.isConfigured()) {
      return DigestReport.skipped(study, day, "Mail is not configured (PRAGMA_MAIL_HOST); no digest sent.");
    }
    Set<String> haveIt = ledger.sentTo(study, day);
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (UserAccount user : coordinatorsOf(study)) {
      Outcome outcome = user.email().isEmpty() ? Outcome.NO_EMAIL
          : haveIt.contains(user.username()) ? Outcome.ALREADY_SENT : sendTo(user, study, day);
      counts.merge(outcome, 1, Integer::sum);
    }
    int sent = counts.getOrDefault(Outcome.SENT, 0);
    int already = counts.getOrDefault(Outcome.ALREADY_SENT, 0);
    int failed = counts.getOrDefault(Outcome.FAILED, 0);
    String note = failed > 0 ? failed + " email(s) failed; the next run retries them."
        : sent == 0 && already > 0 ? "The digest of " + study + " for " + day + " was already sent." : "";
    return new DigestReport(study, day, sent > 0 || failed > 0, sent, already,
        counts.getOrDefault(Outcome.NO_EMAIL, 0), failed, note);
  }

  /** Takes the recipient in the ledger, sends, and records the result (or lets them go for the next run). */
  private Outcome sendTo(UserAccount user, String study, LocalDate day) {
    List<PatientVisit> due = dueAt(user, study, day);
    if (due.isEmpty()) {
      return Outcome.NOTHING_DUE;
    }
    if (!ledger.take(study, day, user.username())) {
      return Outcome.ALREADY_SENT;
    }
    try {
      mail.send(user.email().orElseThrow(), "Pragma " + study + ": " + due.size() + " visit(s) due or overdue on " + day,
          DigestText.of(user, due, day));
      ledger.sent(study, day, user.username());
      return Outcome.SENT;
    } catch (MessagingException | RuntimeException e) {
      ledger.failed(study, day, user.username());
      LOG.warning(() -> "Digest of " + study + " to " + user.username() + " failed, retried by the next run: " + e.getMessage());
      return Outcome.FAILED;
    }
  }

  private List<UserAccount> coordinatorsOf(String study) {
    return users.all().stream()
        .filter(u -> u.active() && u.roles().contains(Role.COORDINATOR))
        .filter(u -> u.sites().stream().anyMatch(a -> a.studyCode().equalsIgnoreCase(study)))
        .toList();
  }

  private List<PatientVisit> dueAt(UserAccount user, String study, LocalDate day) {
    List<Site> mine = new ArrayList<>();
    for (SiteAssignment a : user.sites()) {
      if (a.studyCode().equalsIgnoreCase(study)) {
        studies.byCode(a.studyCode()).flatMap(s -> sites.byCode(s, a.siteCode())).ifPresent(mine::add);
      }
    }
    return visits.worklist(mine, day, DAYS).stream()
        .filter(v -> VisitStatus.of(v, day) != VisitStatus.UPCOMING || !v.targetOn().isAfter(day.plusDays(DAYS)))
        .toList();
  }

}
