package org.pragma.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.audit.Audit;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.PatientService;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.StudyCalendar;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.shared.Page;
import org.pragma.shared.PageRequest;
import org.pragma.site.Site;
import org.pragma.site.SiteArms;
import org.pragma.site.SiteService;
import org.pragma.study.StudyService;

/**
 * The coordinator's side of follow-up: the worklist of open, due and overdue visits at their sites,
 * contact attempts, patients marked unreachable; and the completion measures of a study.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class FollowUpService {
  /** Worklists look this many days ahead unless asked otherwise. */
  public static final int DEFAULT_DAYS = 14;

  @EJB PatientService patients;
  @EJB SiteService sites;
  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @Inject Visits visits;
  @Inject SiteArms siteArms;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject StudyCalendar calendar;

  /**
   * One page of the visits with an open window, due within {@code days}, or overdue, at the caller's
   * sites of the study, by target date, with the number of rows in all; {@code on} replaces today (for
   * planning ahead, and for tests).
   */
  public Page<WorklistRow> worklist(String studyCode, Integer days, LocalDate on, PageRequest page) {
    LocalDate today = on != null ? on : today(studyCode);
    int ahead = days == null || days < 0 ? DEFAULT_DAYS : Math.min(days, 366);
    List<Site> mine = sites.of(studyCode);
    long total = visits.worklistCount(mine, today, ahead);
    return Page.of(total > page.offset() ? visits.worklist(mine, today, ahead, page) : List.of(), page, total);
  }

  /**
   * Every site of the study the caller may see, by code (S2 before S10), with its arm, enrollment against
   * target (the site's own, else the protocol's per-site target) and worklist counts as of today at the
   * study's clinics. Enrollment and visits are counted in one grouped query each; arms are read per site.
   */
  public List<SiteProgress> progress(String studyCode) {
    List<Site> mine = sites.of(studyCode);
    // A study registered without a valid protocol has no arms, patients or visits yet: its sites are still listed.
    Optional<StudyProtocol> protocol = protocols.protocols().stream()
        .filter(p -> ProtocolService.studyCodeOf(p).equalsIgnoreCase(studyCode)).findFirst();
    Map<Long, Visits.Due> due = protocol.isPresent() ? visits.dueBySite(mine, today(studyCode), DEFAULT_DAYS) : Map.of();
    Map<Long, Long> enrolled = patients.enrolledAt(mine);
    return mine.stream()
        .sorted(Comparator.comparing(Site::code, SiteProgress.CODE_ORDER))
        .map(s -> {
          Optional<String> arm = siteArms.armOf(s);
          Visits.Due d = due.getOrDefault(s.id(), Visits.Due.NONE);
          return new SiteProgress(s.study().code(), s.code(), s.name(), s.status(), arm,
              arm.flatMap(code -> protocol.flatMap(p -> p.arm(code))).map(Arm::name), enrolled.getOrDefault(s.id(), 0L),
              s.enrollmentTarget().or(() -> protocol.flatMap(p -> p.enrollment().perSite())),
              d.visits(), d.overdue());
        })
        .toList();
  }

  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  public ContactAttemptView recordContact(String studyCode, String studyId, String visitCode,
      @NotNull @Valid NewContactAttempt attempt) {
    Patient p = patients.patient(studyCode, studyId);
    PatientVisit visit = visits.of(p, visitCode).orElseThrow(() -> new VisitNotFoundException(studyId, visitCode));
    org.pragma.shared.ImplausibleDateException.requireBetween("attemptedOn", attempt.attemptedOn(), p.enrolledOn(),
        "the patient's enrollment", today(studyCode));
    ContactAttempt saved = new ContactAttempt(visit, attempt, currentUser.name(), clock.instant());
    visits.add(saved);
    audit.created(org.pragma.audit.AuditSubject.of("contact", visitCode + "@" + studyId).inStudy(p.study().code())
        .atSite(p.site().code()), java.util.Map.of("attemptedOn", attempt.attemptedOn(), "method", attempt.method(),
        "outcome", attempt.outcome()));
    return ContactAttemptView.of(saved);
  }

  public List<ContactAttemptView> contacts(String studyCode, String studyId, String visitCode) {
    Patient p = patients.patient(studyCode, studyId);
    PatientVisit visit = visits.of(p, visitCode).orElseThrow(() -> new VisitNotFoundException(studyId, visitCode));
    return visits.contactAttempts(visit).stream().map(ContactAttemptView::of).toList();
  }

  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  public void markUnreachable(String studyCode, String studyId, boolean unreachable, String reason) {
    Patient p = patients.patient(studyCode, studyId);
    boolean before = p.unreachable();
    p.markUnreachable(unreachable);
    audit.changed(org.pragma.audit.AuditSubject.of("patient", String.valueOf(p.id())).inStudy(p.study().code())
        .atSite(p.site().code()), "unreachable", before, unreachable, reason);
  }

  /**
   * Completion per site, arm and visit at the sites the caller may see (a coordinator: their own;
   * an investigator: every site of their studies), counted by the database however many patients.
   */
  public List<CompletionCount> completion(String studyCode, LocalDate on) {
    return visits.completion(studies.byCode(studyCode), sites.of(studyCode), on != null ? on : today(studyCode));
  }

  /**
   * The completion counts of {@link #completion} split by patient status, with the visits overdue today,
   * for the patients enrolled from {@code from} to {@code to} at the given sites (already the caller's).
   */
  public List<StatusCompletion> completionByStatus(String studyCode, List<Site> scopedSites, LocalDate from, LocalDate to) {
    return visits.completionByStatus(studies.byCode(studyCode), scopedSites, today(studyCode), from, to);
  }

  private LocalDate today(String studyCode) {
    return calendar.today(studyCode);
  }
}
