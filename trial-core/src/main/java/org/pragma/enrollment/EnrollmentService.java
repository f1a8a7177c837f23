package org.pragma.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.pragma.allocation.AllocationService;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.followup.InstrumentResponse;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.PlannedVisit;
import org.pragma.followup.VisitPlanner;
import org.pragma.followup.Visits;
import org.pragma.instrument.Score;
import org.pragma.instrument.ScoreHeadline;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.ProtocolVersion;
import org.pragma.protocol.StudyCalendar;
import org.pragma.protocol.StudyProtocol;
import org.pragma.screening.Screening;
import org.pragma.screening.Screenings;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;

/**
 * Enrolls an eligible, consented patient at their site. Everything that can be checked is checked
 * before the site is locked; then, holding the site's row lock, the next sequence number is taken so
 * study IDs are gap-free per site however many coordinators enroll at once. A retried request with the
 * same idempotency key returns the patient it already created. Nothing is written when anything fails.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class EnrollmentService {
  private static final Logger LOG = Logger.getLogger(EnrollmentService.class.getName());

  @EJB SiteService sites;
  @EJB ProtocolService protocols;
  @EJB AllocationService allocation;
  @Inject Screenings screenings;
  @Inject Patients patients;
  @Inject Visits visits;
  @Inject IdentifierCipher cipher;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject StudyCalendar calendar;

  /**
   * Enrolls the patient of {@code request.screeningId()} at the site.
   *
   * @param idempotencyKey the client's key for this submission; a blank key gets a random one (no retry safety)
   */
  public Enrolled enroll(String studyCode, String siteCode, @NotNull @Valid NewEnrollment request, String idempotencyKey) {
    Site site = sites.byCode(studyCode, siteCode);
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey.strip();
    if (key.length() > 100) {
      throw new EnrollmentRefusedException("idempotency-key-too-long", "The Idempotency-Key header must be at most 100 characters.");
    }
    Optional<Patient> done = replayOf(site, key, request);
    if (done.isPresent()) {
      return new Enrolled(done.get(), true);
    }
    StudyProtocol protocol = protocols.protocol(studyCode);
    String arm = openForEnrollment(site);
    Screening screening = eligibleScreening(site, request.screeningId());
    LocalDate today = calendar.today(studyCode);
    ConsentRecord consent = ConsentCheck.record(ConsentModel.of(protocol.consent().model()), request.consent(),
        screening.screenedOn(), today, currentUser.name());
    Map<String, Object> values = protocol.eligibility().values(screening.answers(), screening.screenedOn());
    List<BaselineCapture.Captured> baseline = BaselineCapture.capture(protocol.baselineInstruments(), values,
        request.baseline(), protocols.lastLoad().instruments()::score);
    Arm armDefinition = protocol.arm(arm).orElseThrow(() -> new EnrollmentRefusedException("arm-not-in-protocol",
        "Site " + site.code() + " was randomized to arm " + arm + ", which the protocol in force no longer defines."));
    Map<String, Score> scores = new LinkedHashMap<>();
    baseline.forEach(c -> scores.put(c.instrument(), c.score()));
    Optional<InterventionPackage> pkg = InterventionPackage.choose(armDefinition, scores);
    ProtocolVersion version = protocols.versions(studyCode).stream().reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("No recorded protocol version for " + studyCode));

    patients.lockForEnrollment(site);
    Optional<Patient> raced = replayOf(site, key, request);
    if (raced.isPresent()) {
      return new Enrolled(raced.get(), true);
    }
    // The site's status again under the lock: a closure committed since the first check (by any server) counts.
    openForEnrollment(site);
    // Eligibility again under the lock: a correction committed since the first check (it takes the same lock) counts.
    screenings.refresh(screening);
    eligibleScreening(site, screening.id());
    refuseDuplicates(site, screening, request.identifiers());
    int sequence = patients.nextSequence(site);
    Patient patient = new Patient(new Patient.Enrollment(site, screening, sequence,
        protocol.studyIdFormat().format(site.code(), sequence), arm, pkg.map(InterventionPackage::reference).orElse(null),
        pkg.map(InterventionPackage::riskGroup).orElse(null), version, today, consent, key, currentUser.name(),
        clock.instant()));
    patients.add(patient);
    patients.add(new PatientIdentifier(patient, request.identifiers(), cipher));
    schedule(patient, armDefinition, today, baseline);
    audit.created(subject(patient), auditValues(patient, consent, pkg, baseline));
    LOG.info(() -> "Enrolled " + patient.studyId() + " at " + studyCode + "/" + site.code() + " in arm " + arm);
    return new Enrolled(patient, false);
  }

  /**
   * Checks that the screened patient can be enrolled now (site randomized and active, screening
   * eligible and not yet enrolled) and says what the wizard must collect.
   */
  public EnrollmentForm prepare(String studyCode, String siteCode, long screeningId) {
    Site site = sites.byCode(studyCode, siteCode);
    StudyProtocol protocol = protocols.protocol(studyCode);
    openForEnrollment(site);
    Screening screening = eligibleScreening(site, screeningId);
    patients.byScreening(screening).ifPresent(p -> {
      throw new EnrollmentConflictException("screening-already-enrolled",
          "Screening " + screening.id() + " already led to the enrollment of " + p.studyId() + ".");
    });
    Map<String, Object> values = protocol.eligibility().values(screening.answers(), screening.screenedOn());
    List<String> instruments = protocol.baselineInstruments().stream().filter(u -> u.appliesTo(values))
        .map(org.pragma.protocol.InstrumentUse::code).toList();
    return new EnrollmentForm(screening.id(), screening.screenedOn(), ConsentModel.of(protocol.consent().model()),
        protocol.consent().description().orElse(""), instruments, calendar.today(studyCode));
  }

  private Optional<Patient> replayOf(Site site, String key, NewEnrollment request) {
    Optional<Patient> earlier = patients.byIdempotencyKey(site, key);
    earlier.filter(p -> !p.screening().id().equals(request.screeningId())).ifPresent(p -> {
      throw new EnrollmentConflictException("idempotency-key-reused", "The idempotency key of this request was already"
          + " used to enroll " + p.studyId() + " from another screening; use a new key for a new patient.");
    });
    return earlier;
  }

  private String openForEnrollment(Site site) {
    String arm = allocation.armOf(site).orElseThrow(() -> new EnrollmentRefusedException("site-not-randomized",
        "Site " + site.code() + " has not been randomized yet; patients can be enrolled once the study's randomization"
            + " gives the site its arm."));
    if (site.status() != SiteStatus.ACTIVE) {
      throw new EnrollmentRefusedException("site-not-active", "Site " + site.code() + " is "
          + site.status().name().toLowerCase(java.util.Locale.ROOT) + ", not active; an admin must activate it before"
          + " enrollment.");
    }
    return arm;
  }

  private Screening eligibleScreening(Site site, long screeningId) {
    Screening screening = screenings.byId(screeningId).filter(s -> s.site().id().equals(site.id()))
        .orElseThrow(() -> new EnrollmentRefusedException("screening-not-found",
            "Screening " + screeningId + " is not in the screening log of site " + site.code() + "."));
    if (!screening.eligible()) {
      throw new EnrollmentRefusedException("screening-ineligible", "Screening " + screeningId
          + " found the patient ineligible; only eligible patients can be enrolled.");
    }
    if (screening.notEnrolled().isPresent()) {
      throw new EnrollmentConflictException("screening-not-enrolled", "Screening " + screeningId + " is recorded as not enrolled ("
          + (screening.notEnrolled().get() == org.pragma.screening.NonEnrollment.DECLINED ? "declined to take part" : "another reason")
          + "); undo that in the screening log first if the patient now takes part.");
    }
    return screening;
  }

  private void refuseDuplicates(Site site, Screening screening, Identifiers identifiers) {
    patients.byScreening(screening).ifPresent(p -> {
      throw new EnrollmentConflictException("screening-already-enrolled",
          "Screening " + screening.id() + " already led to the enrollment of " + p.studyId() + ".");
    });
    patients.byRecordNumberIndex(site, cipher.recordNumberIndex(site.id(), identifiers)).ifPresent(p -> {
      throw new EnrollmentConflictException("record-number-enrolled", "A patient with this medical record number is"
          + " already enrolled at site " + site.code() + " as " + p.studyId() + "; a patient is enrolled only once.");
    });
  }

  private void schedule(Patient patient, Arm arm, LocalDate dayZero, List<BaselineCapture.Captured> baseline) {
    List<PlannedVisit> plan = VisitPlanner.plan(arm.schedule(), dayZero);
    PatientVisit baselineVisit = null;
    for (PlannedVisit p : plan) {
      PatientVisit visit = new PatientVisit(patient, p);
      visits.add(visit);
      if (baselineVisit == null && p.target().equals(dayZero)) {
        baselineVisit = visit;
      }
    }
    if (baselineVisit == null) {
      baselineVisit = new PatientVisit(patient, new PlannedVisit("baseline", "Baseline", -1, dayZero, dayZero, dayZero, dayZero));
      visits.add(baselineVisit);
    }
    baselineVisit.recordData(dayZero, true);
    for (BaselineCapture.Captured c : baseline) {
      visits.add(new InstrumentResponse(baselineVisit, c.answersJson(), c.score(), currentUser.name(), clock.instant()));
    }
  }

  private static Map<String, Object> auditValues(Patient p, ConsentRecord consent, Optional<InterventionPackage> pkg,
      List<BaselineCapture.Captured> baseline) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("studyId", p.studyId());
    values.put("arm", p.arm());
    values.put("screening", p.screening().id());
    values.put("protocolVersion", p.protocolVersion().label());
    values.put("enrolledOn", p.enrolledOn());
    values.put("consentModel", consent.model());
    values.put("consentOn", consent.on());
    values.put("consentBy", consent.by());
    values.put("consentDocument", consent.document());
    pkg.ifPresent(k -> values.put("interventionPackage", k.reference()));
    baseline.forEach(c -> values.put("baseline." + c.instrument(), ScoreHeadline.of(c.score())));
    // Identifiers are recorded, encrypted, but never written to the audit trail.
    values.put("identifiers", "recorded (encrypted)");
    return values;
  }

  static AuditSubject subject(Patient p) {
    return AuditSubject.of("patient", String.valueOf(p.id())).inStudy(p.study().code()).atSite(p.site().code());
  }
}
