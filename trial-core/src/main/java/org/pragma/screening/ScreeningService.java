package org.pragma.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.eligibility.AnswerError;
import org.pragma.protocol.eligibility.Eligibility;
import org.pragma.protocol.eligibility.InvalidAnswersException;
import org.pragma.protocol.eligibility.EligibilityResult;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;

/**
 * Screens patients at a site against the protocol in force. Coordinators screen only at their own
 * sites (another site is "not found"); data managers and admins at every site. Every screening is
 * kept, eligible or not, with the reason of each failed criterion.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.DATA_MANAGER, Roles.ADMIN})
public class ScreeningService {
  private static final Logger LOG = Logger.getLogger(ScreeningService.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB SiteService sites;
  @EJB ProtocolService protocols;
  @Inject Screenings screenings;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject EnrolledScreenings enrolled;

  /** Evaluates the answers with the protocol's rules and records the screening, eligible or not. */
  public ScreeningRecord screen(String studyCode, String siteCode, NewScreening request) {
    Site site = sites.byCode(studyCode, siteCode);
    Eligibility eligibility = protocols.protocol(studyCode).eligibility();
    EligibilityResult result = evaluate(site, eligibility, request);
    Screening screening = new Screening(site, request, outcome(request, result), currentUser.name(), clock.instant());
    screenings.add(screening);
    ScreeningRecord record = ScreeningRecord.of(screening);
    audit.created(AuditSubject.of("screening", String.valueOf(screening.id())).inStudy(site.study().code()).atSite(site.code()),
        Map.of("screenedOn", request.screenedOn(), "eligible", result.eligible(), "failed", record.failedCriteria()));
    LOG.info(() -> "Screened at " + site.study().code() + "/" + site.code() + ": " + (result.eligible() ? "eligible" : "ineligible"));
    return record;
  }

  /**
   * Corrects a screening's answers with a reason: the rules are evaluated again and every changed
   * field is audited. A correction that would make an already enrolled patient ineligible is refused;
   * that is a protocol deviation to report, not a data fix. The site's enrollment lock is held from
   * the check to the commit, so an enrollment running at the same time cannot slip in between.
   */
  public ScreeningRecord correct(String studyCode, String siteCode, long screeningId, @jakarta.validation.constraints.NotNull
      @jakarta.validation.Valid ScreeningCorrection correction) {
    Site site = sites.byCode(studyCode, siteCode);
    screenings.lockSite(site); // the enrollment lock: an enrollment of this screening commits before or after, never during
    Screening screening = screenings.byId(screeningId).filter(s -> s.site().id().equals(site.id()))
        .orElseThrow(() -> new ScreeningCorrectionRefusedException(org.pragma.shared.DomainException.Kind.NOT_FOUND,
            "screening-not-found", "Screening " + screeningId + " is not in the screening log of site " + site.code() + "."));
    NewScreening request = correction.asScreening();
    requirePlausible(site, request.screenedOn());
    EligibilityResult result = protocols.protocol(studyCode).eligibility().evaluate(request.answers(), request.screenedOn());
    if (!result.eligible() && enrolled.test(screening)) {
      throw new ScreeningCorrectionRefusedException(org.pragma.shared.DomainException.Kind.CONFLICT, "enrolled-patient-ineligible",
          "Screening " + screeningId + " led to an enrollment; these answers would make the patient ineligible ("
              + result.failed().stream().map(f -> f.reason()).collect(java.util.stream.Collectors.joining(" ")) + ")."
              + " Report a protocol deviation instead of correcting the screening.");
    }
    Screening.Outcome outcome = outcome(request, result);
    org.pragma.audit.Changes changes = org.pragma.audit.Changes.of()
        .field("screenedOn", screening.screenedOn(), request.screenedOn())
        .field("sex", screening.sex(), request.sex())
        .field("answers", screening.answersJson(), outcome.answersJson())
        .field("eligible", screening.eligible(), outcome.eligible())
        .field("failed", screening.failedJson(), outcome.failedJson());
    screening.correct(request, outcome);
    audit.changed(AuditSubject.of("screening", String.valueOf(screening.id())).inStudy(site.study().code()).atSite(site.code()),
        changes, correction.reason());
    return ScreeningRecord.of(screening);
  }

  /**
   * Records that an eligible patient was not enrolled (declined, or another reason in words). Refused once the
   * patient is enrolled; the site's enrollment lock is held to the commit, so an enrollment cannot slip in between.
   */
  public ScreeningRecord notEnrolled(String studyCode, String siteCode, long screeningId,
      @jakarta.validation.constraints.NotNull @jakarta.validation.Valid NotEnrolled request) {
    Site site = sites.byCode(studyCode, siteCode);
    Screening screening = undecided(site, screeningId, request.version());
    NonEnrollment before = screening.notEnrolled().orElse(null);
    String note = screening.notEnrolledNote().orElse(null);
    screening.recordNotEnrolled(request.reason(), request.note());
    audit.changed(subject(site, screening), org.pragma.audit.Changes.of().field("notEnrolled", before, request.reason())
        .field("notEnrolledNote", note, screening.notEnrolledNote().orElse(null)), "Recorded as not enrolled");
    LOG.info(() -> "Screening " + screeningId + " at " + studyCode + "/" + siteCode + " not enrolled: " + request.reason());
    screenings.flush();
    return ScreeningRecord.of(screening);
  }

  /** Takes back a recorded non-enrollment: the patient is undecided again and may be enrolled. */
  public ScreeningRecord undoNotEnrolled(String studyCode, String siteCode, long screeningId,
      @jakarta.validation.constraints.NotNull @jakarta.validation.Valid NonEnrollmentUndo request) {
    Site site = sites.byCode(studyCode, siteCode);
    Screening screening = undecided(site, screeningId, request.version());
    if (screening.notEnrolled().isEmpty()) {
      throw new NonEnrollmentRefusedException(org.pragma.shared.DomainException.Kind.CONFLICT, "non-enrollment-absent",
          "Screening " + screeningId + " has no non-enrollment recorded; nothing to undo.");
    }
    org.pragma.audit.Changes changes = org.pragma.audit.Changes.of().field("notEnrolled", screening.notEnrolled().get(), null)
        .field("notEnrolledNote", screening.notEnrolledNote().orElse(null), null);
    screening.undoNotEnrolled();
    audit.changed(subject(site, screening), changes, request.reason());
    screenings.flush();
    return ScreeningRecord.of(screening);
  }

  /** The screening at the version read, its patient not enrolled; the site's enrollment lock held to the commit. */
  private Screening undecided(Site site, long screeningId, long version) {
    screenings.lockSite(site);
    Screening screening = screenings.byId(screeningId).filter(s -> s.site().id().equals(site.id()))
        .orElseThrow(() -> new NonEnrollmentRefusedException(org.pragma.shared.DomainException.Kind.NOT_FOUND,
            "screening-not-found", "Screening " + screeningId + " is not in the screening log of site " + site.code() + "."));
    if (screening.version() != version) {
      throw new NonEnrollmentRefusedException(org.pragma.shared.DomainException.Kind.CONFLICT, "screening-changed",
          "Screening " + screeningId + " was changed by someone else after you opened it; nothing was saved. Reload it and try again.");
    }
    if (enrolled.test(screening)) {
      throw new NonEnrollmentRefusedException(org.pragma.shared.DomainException.Kind.CONFLICT, "screening-already-enrolled",
          "Screening " + screeningId + " led to an enrollment: an enrolled patient's non-enrollment cannot be recorded or undone.");
    }
    return screening;
  }

  private static AuditSubject subject(Site site, Screening screening) {
    return AuditSubject.of("screening", String.valueOf(screening.id())).inStudy(site.study().code()).atSite(site.code());
  }

  /** The site's screening log, newest first. */
  public List<ScreeningRecord> log(String studyCode, String siteCode) {
    return screenings.of(sites.byCode(studyCode, siteCode)).stream().map(ScreeningRecord::of).toList();
  }

  /**
   * A screening happens on or before today in the study's zone, and not long before the study was
   * registered here: a year's grace lets a site enter its paper screening log late.
   */
  /**
   * The answers evaluated on a plausible screening date; a wrong date and wrong answers are refused
   * together, so the coordinator corrects every one of them at once.
   */
  private EligibilityResult evaluate(Site site, Eligibility eligibility, NewScreening request) {
    org.pragma.shared.ImplausibleDateException wrongDate = null;
    try {
      requirePlausible(site, request.screenedOn());
    } catch (org.pragma.shared.ImplausibleDateException e) {
      wrongDate = e;
    }
    try {
      EligibilityResult result = eligibility.evaluate(request.answers(), request.screenedOn());
      if (wrongDate != null) {
        throw wrongDate;
      }
      return result;
    } catch (InvalidAnswersException e) {
      if (wrongDate == null) {
        throw e;
      }
      List<AnswerError> all = new java.util.ArrayList<>();
      wrongDate.errors().forEach(p -> all.add(new AnswerError(p.field(), p.message())));
      all.addAll(e.errors());
      throw new InvalidAnswersException(all);
    }
  }

  private void requirePlausible(Site site, java.time.LocalDate screenedOn) {
    java.time.ZoneId zone = protocols.protocol(site.study().code()).timeZone();
    java.time.LocalDate registered = java.time.LocalDate.ofInstant(site.study().createdAt(), zone);
    org.pragma.shared.ImplausibleDateException.requireBetween("screenedOn", screenedOn, registered.minusYears(1),
        "a year before the study was registered", java.time.LocalDate.now(clock.withZone(zone)));
  }

  private static Screening.Outcome outcome(NewScreening request, EligibilityResult result) {
    Object age = result.derived().get("age");
    Object location = request.answers().get("pain-location");
    List<ScreeningRecord.Failed> failed = result.failed().stream()
        .map(f -> new ScreeningRecord.Failed(f.code(), f.kind().name().toLowerCase(java.util.Locale.ROOT), f.reason()))
        .toList();
    return new Screening.Outcome(result.eligible(),
        age instanceof BigDecimal d ? d.intValue() : age instanceof Number n ? n.intValue() : null,
        location == null ? null : location.toString(),
        JSON.toJson(new TreeMap<>(request.answers())), JSON.toJson(failed));
  }
}
