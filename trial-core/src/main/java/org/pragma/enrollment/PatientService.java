package org.pragma.enrollment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.pragma.audit.AuditFilter;
import org.pragma.audit.AuditLog;
import org.pragma.audit.AuditRow;
import org.pragma.audit.Changes;
import org.pragma.audit.Audit;
import org.pragma.followup.InstrumentResponse;
import org.pragma.instrument.TScore;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.Visits;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * Reading patients and changing their status. Every role reads the study data of the sites it may
 * see; identifiers only reach admins and the coordinators of the patient's own site.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class PatientService {
  private static final Logger LOG = Logger.getLogger(PatientService.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB SiteService sites;
  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @Inject Patients patients;
  @Inject Visits visits;
  @Inject IdentifierCipher cipher;
  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;
  @Inject Audit audit;
  @Inject StudyCalendar calendar;
  @Resource SessionContext session;

  /**
   * A site's patients, by study ID; {@code query} matches the study ID, or the name when the caller may
   * see names, and {@code status} narrows to one status (both optional).
   */
  public List<PatientSummary> of(String studyCode, String siteCode, String query, PatientStatus status) {
    Site site = sites.byCode(studyCode, siteCode);
    boolean names = seesIdentifiers(site);
    Map<Long, PatientVisit> next = visits.nextOpen(site);
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return patients.of(site).stream()
        .filter(p -> status == null || p.status() == status)
        .map(p -> summary(p, next.get(p.id()), names ? name(p) : null))
        .filter(s -> q.isEmpty() || s.studyId().toLowerCase(Locale.ROOT).contains(q)
            || (s.name() != null && s.name().toLowerCase(Locale.ROOT).contains(q)))
        .toList();
  }

  /** One patient with schedule, baseline and follow-up data; identifiers when the caller may see them. */
  public PatientRecord get(String studyCode, String studyId) {
    Patient p = find(studyCode, studyId);
    Optional<Arm> arm = protocols.protocol(studyCode).arm(p.arm());
    InterventionPackage pkg = arm.flatMap(a -> p.interventionPackage()
        .flatMap(ref -> InterventionPackage.find(a, ref, p.riskGroup().orElse(null)))).orElse(null);
    List<PatientRecord.VisitRecord> schedule = visits.of(p).stream().map(this::visit).toList();
    Identifiers identifiers = seesIdentifiers(p.site()) ? patients.identifierOf(p).map(i -> i.read(cipher)).orElse(null) : null;
    return new PatientRecord(p.studyId(), p.study().code(), p.site().code(), p.arm(), arm.map(Arm::name).orElse(p.arm()),
        p.status(), p.statusOn().orElse(null), p.statusReason().orElse(null), p.enrolledOn(), p.enrolledBy(),
        p.protocolVersion().label() + " (version " + p.protocolVersion().sequence() + ")", p.consent(), pkg,
        p.screening().id(), p.unreachable(), schedule, identifiers);
  }

  /** The patient's audit history, newest first. */
  public List<AuditRow> history(String studyCode, String studyId) {
    Patient p = find(studyCode, studyId);
    return auditLog.search(new AuditFilter(null, null, null, "patient", String.valueOf(p.id()), null, null), 0, 500)
        .stream().map(AuditRow::of).toList();
  }

  /** Withdrawal, loss to follow-up, death, or return from loss to follow-up; audited with the reason. */
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  public PatientRecord changeStatus(String studyCode, String studyId, StatusChange change) {
    Patient p = find(studyCode, studyId);
    LocalDate today = calendar.today(studyCode);
    if (change.effectiveOn().isAfter(today)) {
      throw new PatientStatusException(studyId, "the date " + change.effectiveOn() + " is in the future (today is " + today + ")");
    }
    PatientStatus before = p.status();
    Optional<LocalDate> beforeOn = p.statusOn();
    p.changeStatus(change.status(), change.effectiveOn(), change.reason().strip());
    audit.changed(EnrollmentService.subject(p), Changes.of().field("status", before, p.status())
        .field("statusOn", beforeOn.orElse(null), change.effectiveOn()), change.reason());
    LOG.info(() -> "Patient " + studyId + " status " + before + " -> " + change.status());
    return get(studyCode, studyId);
  }

  /** The patient entity, for follow-up services in the same transaction; "not found" outside the caller's sites. */
  public Patient patient(String studyCode, String studyId) {
    return find(studyCode, studyId);
  }

  private Patient find(String studyCode, String studyId) {
    Study study = studies.byCode(studyCode);
    Optional<Patient> p = patients.byStudyId(study, studyId);
    if (p.isPresent() && !currentUser.scope().coversSite(study.code(), p.get().site().code())) {
      currentUser.refused("patient", study.code() + "/" + studyId);
      p = Optional.empty();
    }
    return p.orElseThrow(() -> new PatientNotFoundException(study.code(), studyId));
  }

  private boolean seesIdentifiers(Site site) {
    return session.isCallerInRole(Roles.ADMIN) || currentUser.scope().worksAt(site.study().code(), site.code());
  }

  private String name(Patient p) {
    return patients.identifierOf(p).map(i -> i.read(cipher).fullName()).orElse(null);
  }

  private static PatientSummary summary(Patient p, PatientVisit next, String name) {
    boolean future = p.status().continuesFollowUp() && next != null;
    return new PatientSummary(p.studyId(), p.site().code(), p.arm(), p.status(), p.enrolledOn(),
        future ? next.name() : null, future ? next.targetOn() : null, name);
  }

  private PatientRecord.VisitRecord visit(PatientVisit v) {
    List<PatientRecord.ResponseRecord> responses = visits.responses(v).stream().map(PatientService::response).toList();
    return new PatientRecord.VisitRecord(v.code(), v.name(), v.targetOn(), v.opensOn(), v.closesOn(), v.dataState(),
        v.visitOn().orElse(null), v.outOfWindow(), v.locked(), responses);
  }

  @SuppressWarnings("unchecked")
  private static PatientRecord.ResponseRecord response(InstrumentResponse r) {
    Map<String, Object> answers = JSON.fromJson(r.answersJson(), LinkedHashMap.class);
    return new PatientRecord.ResponseRecord(r.instrument(), r.instrumentVersion(), r.itemsAnswered(), r.itemCount(),
        r.scored(), r.total().orElse(null), r.percent().orElse(null), r.tScore().map(TScore::value).orElse(null),
        r.tScore().flatMap(TScore::standardError).orElse(null), r.headline(), r.riskGroup().orElse(null), r.band().orElse(null),
        answers);
  }
}
