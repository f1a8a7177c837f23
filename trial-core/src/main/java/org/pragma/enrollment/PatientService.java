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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.pragma.audit.AuditLog;
import org.pragma.audit.AuditRow;
import org.pragma.audit.AuditSubject;
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
import org.pragma.security.SiteScope;
import org.pragma.shared.Page;
import org.pragma.shared.PageRequest;
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
  /** What a record number may look like (as {@link Identifiers} accepts it). */
  private static final Pattern RECORD_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,29}");

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
   * One page of a site's patients, by study ID, with the number in all. {@code query} matches part of
   * a study ID; for callers who may see identifiers also a whole record number or an exact family name
   * (through their keyed hashes: nothing is decrypted to search). {@code status} narrows to one status.
   */
  public Page<PatientSummary> of(String studyCode, String siteCode, String query, PatientStatus status, PageRequest page) {
    Site site = sites.byCode(studyCode, siteCode);
    boolean names = seesIdentifiers(site);
    Patients.Search search = search(site, names, query, status);
    long total = patients.count(site, search);
    List<Patients.Listed> rows = total > page.offset() ? patients.list(site, search, page) : List.of();
    List<Long> ids = rows.stream().map(Patients.Listed::id).toList();
    Map<Long, Visits.NextVisit> next = visits.nextOpen(ids);
    Map<Long, String> named = new HashMap<>();
    if (names) {
      patients.identifiersOf(ids).forEach(i -> named.put(i.patientId(), i.read(cipher).fullName()));
    }
    return Page.of(rows.stream().map(p -> summary(p, site, next.get(p.id()), named.get(p.id()))).toList(), page, total);
  }

  /** How many patients the site has enrolled, whatever their status (one count query). */
  public long enrolledAt(String studyCode, String siteCode) {
    return patients.countAt(sites.byCode(studyCode, siteCode));
  }

  /**
   * How many patients each of these sites has enrolled, by site id (absent: none). The caller passes sites
   * its scope gave it ({@link SiteService#of}); only counts leave, never a patient.
   */
  public java.util.Map<Long, Long> enrolledAt(List<Site> scopedSites) {
    SiteScope scope = currentUser.scope();
    return patients.countsAt(scopedSites.stream().filter(s -> scope.coversSite(s.study().code(), s.code())).toList());
  }

  /** Whether the caller sees the names and record numbers of the site's patients (and may search by them). */
  public boolean identifiersVisibleAt(String studyCode, String siteCode) {
    return seesIdentifiers(sites.byCode(studyCode, siteCode));
  }

  private Patients.Search search(Site site, boolean names, String query, PatientStatus status) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return new Patients.Search(status, null, null, null);
    }
    if (!names) {
      return new Patients.Search(status, q, null, null);
    }
    String mrn = RECORD_NUMBER.matcher(q).matches() ? cipher.recordNumberIndex(site.id(), q) : null;
    return new Patients.Search(status, q, mrn, cipher.surnameIndex(site.id(), q));
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

  /**
   * One page of the patient's audit history, newest first: every audited change of the patient, their
   * screening (corrections), their visits and visit data, and their contact attempts.
   */
  public Page<AuditRow> history(String studyCode, String studyId, PageRequest page) {
    Patient p = find(studyCode, studyId);
    String study = p.study().code();
    List<AuditSubject> about = new ArrayList<>();
    about.add(EnrollmentService.subject(p));
    about.add(AuditSubject.of("screening", String.valueOf(p.screening().id())).inStudy(study));
    for (Visits.VisitKey v : visits.keysOf(p)) {
      about.add(AuditSubject.of("visit", String.valueOf(v.id())).inStudy(study));
      about.add(AuditSubject.of("contact", v.code() + "@" + p.studyId()).inStudy(study));
    }
    long total = auditLog.countAbout(about);
    return Page.of(total > page.offset()
        ? auditLog.about(about, page.offset(), page.size()).stream().map(AuditRow::of).toList() : List.of(), page, total);
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

  private static PatientSummary summary(Patients.Listed p, Site site, Visits.NextVisit next, String name) {
    boolean future = p.status().continuesFollowUp() && next != null;
    return new PatientSummary(p.studyId(), site.code(), p.arm(), p.status(), p.enrolledOn(),
        future ? next.name() : null, future ? next.target() : null, name);
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
