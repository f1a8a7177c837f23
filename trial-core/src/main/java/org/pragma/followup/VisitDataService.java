package org.pragma.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;
import org.pragma.enrollment.EnrollmentError;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.PatientService;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.InvalidResponseException;
import org.pragma.instrument.Score;
import org.pragma.instrument.ScoreHeadline;
import org.pragma.instrument.TScore;
import org.pragma.protocol.InstrumentUse;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.ProtocolVersionUnavailableException;
import org.pragma.protocol.StudyCalendar;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.Visit;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.signature.Signature;
import org.pragma.signature.SignatureMeaning;
import org.pragma.signature.SignatureRequest;
import org.pragma.signature.SignatureService;

/**
 * Outcome data of a visit: the instruments its visit lists for this patient in the protocol version
 * the patient follows (not necessarily the one in force), scored with that version's instruments as
 * entered; a visit that version does not have takes no data; partial saves are "incomplete", and the visit is complete when every instrument is scored.
 * A change after the first save needs a reason. A data manager locks complete data with an
 * e-signature; locked data change only after an audited unlock.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.DATA_MANAGER, Roles.ADMIN})
public class VisitDataService {
  private static final Logger LOG = Logger.getLogger(VisitDataService.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB PatientService patients;
  @EJB ProtocolService protocols;
  @EJB SignatureService signatures;
  @Inject Visits visits;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;
  @Inject StudyCalendar calendar;

  /** The patient's schedule with each visit's status as of {@code on} (today in the study's zone when null). */
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
  public List<VisitView> schedule(String studyCode, String studyId, LocalDate on) {
    Patient p = patients.patient(studyCode, studyId);
    LocalDate today = on != null ? on : today(studyCode);
    return visits.of(p).stream().map(v -> view(studyCode, p, v, today)).toList();
  }

  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
  public VisitView visit(String studyCode, String studyId, String visitCode) {
    Patient p = patients.patient(studyCode, studyId);
    return view(studyCode, p, visit(p, visitCode), today(studyCode));
  }

  /** Saves the visit's data, complete or not; refused (nothing saved) when any answer is out of range. */
  public VisitView record(String studyCode, String studyId, String visitCode, @NotNull @Valid VisitEntry entry) {
    Patient p = patients.patient(studyCode, studyId);
    PatientVisit visit = visit(p, visitCode);
    LocalDate today = today(studyCode);
    if (VisitStatus.of(visit, today) == VisitStatus.CANCELLED) {
      throw new VisitDataRefusedException("visit-cancelled", "Visit " + visitCode + " of " + studyId + " was cancelled when the patient"
          + " was " + p.status().label().toLowerCase(java.util.Locale.ROOT) + "; no data can be entered.", List.of());
    }
    if (visit.locked()) {
      throw new VisitStateException(visitCode, "is locked by a data manager; it must be unlocked before its data change");
    }
    if (entry.version() != visit.version()) {
      throw new VisitChangedException(visitCode, studyId);
    }
    StudyProtocol protocol = protocols.protocolOf(p.protocolVersion());
    List<String> expected = instrumentsFor(protocol, p, visitCode).orElseThrow(() -> new VisitStateException(visitCode,
        "of " + studyId + " is not in the schedule of protocol " + protocol.version() + " (version " + p.protocolVersion().sequence()
            + "), which this patient follows, so which instruments it collects is not known; nothing was saved"));
    boolean firstSave = visit.dataState() == PatientVisit.DataState.NONE;
    Map<String, Score> scores = checked(p, visitCode, entry, today, protocol, expected, firstSave);
    Map<String, InstrumentResponse> existing = new LinkedHashMap<>();
    visits.responses(visit).forEach(r -> existing.put(r.instrument(), r));
    Changes changes = Changes.of().field("visitOn", visit.visitOn().orElse(null), entry.visitOn());
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("visitOn", entry.visitOn());
    for (Map.Entry<String, Score> s : scores.entrySet()) {
      String answers = JSON.toJson(new TreeMap<>(entry.instruments().get(s.getKey())));
      InstrumentResponse response = existing.get(s.getKey());
      if (response == null) {
        visits.add(new InstrumentResponse(visit, answers, s.getValue(), currentUser.name(), clock.instant()));
      } else {
        changes.field(s.getKey() + ".answers", response.answersJson(), answers);
        response.record(answers, s.getValue(), currentUser.name(), clock.instant());
      }
      changes.field(s.getKey() + ".score", existing.containsKey(s.getKey()) ? scoreText(existing.get(s.getKey())) : null,
          scoreText(s.getValue()));
      created.put(s.getKey() + ".score", scoreText(s.getValue()));
    }
    boolean complete = expected.stream().allMatch(code -> scores.containsKey(code) && scores.get(code).isScored());
    PatientVisit.DataState before = visit.dataState();
    visit.recordData(entry.visitOn(), complete);
    changes.field("data", before, visit.dataState());
    if (firstSave) {
      created.put("data", visit.dataState());
      audit.created(subject(p, visit), created);
    } else {
      audit.changed(subject(p, visit), changes, entry.reason());
    }
    LOG.info(() -> "Visit " + visitCode + " of " + studyId + " saved: " + visit.dataState());
    visits.flush(); // the view carries the version this save produced, for the client's next save
    return view(studyCode, p, visit, today);
  }

  /** A data manager locks a completed visit with an e-signature over its data. */
  @RolesAllowed(Roles.DATA_MANAGER)
  public VisitView lock(String studyCode, String studyId, String visitCode, String password, SignatureMeaning meaning) {
    Patient p = patients.patient(studyCode, studyId);
    PatientVisit visit = visit(p, visitCode);
    if (visit.dataState() != PatientVisit.DataState.COMPLETE) {
      throw new VisitStateException(visitCode, "has no complete data to lock");
    }
    String content = JSON.toJson(visits.responses(visit).stream().map(r -> r.instrument() + "=" + r.answersJson()).toList());
    Signature signature = signatures.sign(new SignatureRequest(password, meaning == null ? SignatureMeaning.REVIEW : meaning,
        sha256(studyId + "/" + visitCode + "/" + visit.visitOn().orElse(null) + "/" + content), "Lock of visit " + visitCode + " of " + studyId));
    visit.lock(currentUser.name(), clock.instant(), signature.id());
    audit.changed(subject(p, visit), "locked", false, true, "Locked with e-signature " + signature.id());
    return view(studyCode, p, visit, today(studyCode));
  }

  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  public VisitView unlock(String studyCode, String studyId, String visitCode, String reason) {
    Patient p = patients.patient(studyCode, studyId);
    PatientVisit visit = visit(p, visitCode);
    visit.unlock();
    audit.changed(subject(p, visit), "locked", true, false, reason);
    return view(studyCode, p, visit, today(studyCode));
  }

  private PatientVisit visit(Patient p, String visitCode) {
    return visits.of(p, visitCode).orElseThrow(() -> new VisitNotFoundException(p.studyId(), visitCode));
  }

  /**
   * The instruments this patient completes at the visit, from the protocol version the patient follows;
   * empty when that version's schedule has no such visit (e.g. dropped by an amendment the patient was
   * migrated to).
   */
  private static Optional<List<String>> instrumentsFor(StudyProtocol protocol, Patient p, String visitCode) {
    Map<String, Object> values = protocol.eligibility().values(p.screening().answers(), p.screening().screenedOn());
    Optional<List<InstrumentUse>> uses = protocol.arm(p.arm()).flatMap(a -> a.schedule().visit(visitCode)).map(Visit::instruments)
        .or(() -> visitCode.equals("baseline") ? Optional.of(protocol.baselineInstruments()) : Optional.empty());
    return uses.map(list -> list.stream().filter(u -> u.appliesTo(values)).map(InstrumentUse::code).toList());
  }

  private Map<String, Score> score(StudyProtocol protocol, List<String> expected, Map<String, Map<String, Object>> given) {
    List<EnrollmentError> errors = new ArrayList<>();
    Map<String, Score> scores = new LinkedHashMap<>();
    given.forEach((code, answers) -> {
      if (!expected.contains(code)) {
        errors.add(new EnrollmentError("instruments." + code, "is not collected at this visit for this patient; expected "
            + String.join(", ", expected)));
      } else if (answers != null && !answers.isEmpty()) {
        try {
          scores.put(code, protocol.instruments().get(code).score(answers));
        } catch (InvalidResponseException e) {
          e.errors().forEach(item -> errors.add(new EnrollmentError("instruments." + code + "." + item.item(), item.message())));
        }
      }
    });
    if (!errors.isEmpty()) {
      throw new VisitDataRefusedException("invalid-visit-data", "Some answers cannot be saved: see errors. Nothing was saved.", errors);
    }
    return scores;
  }

  /**
   * The entry's scores once the date, the answers and (for a change) the reason are checked; every
   * problem of the entry is refused at once, so the user corrects all of them in one go.
   */
  private Map<String, Score> checked(Patient p, String visitCode, VisitEntry entry, LocalDate today, StudyProtocol protocol,
      List<String> expected, boolean firstSave) {
    List<VisitDataRefusedException> refusals = new ArrayList<>();
    Map<String, Score> scores = Map.of();
    try {
      checkDate(p, entry.visitOn(), today);
    } catch (VisitDataRefusedException e) {
      refusals.add(e);
    }
    try {
      scores = score(protocol, expected, entry.instruments());
    } catch (VisitDataRefusedException e) {
      refusals.add(e);
    }
    if (!firstSave && (entry.reason() == null || entry.reason().isBlank())) {
      refusals.add(new VisitDataRefusedException("reason-required", "Visit " + visitCode + " already has data: say why it changes.",
          List.of(new EnrollmentError("reason", "is required for a change"))));
    }
    if (refusals.size() == 1) {
      throw refusals.get(0);
    }
    if (!refusals.isEmpty()) {
      throw new VisitDataRefusedException("invalid-visit-data", refusals.stream().map(Throwable::getMessage)
          .collect(java.util.stream.Collectors.joining(" ")) + " Nothing was saved.",
          refusals.stream().flatMap(r -> r.errors().stream()).toList());
    }
    return scores;
  }

  private static void checkDate(Patient p, LocalDate visitOn, LocalDate today) {
    if (visitOn.isAfter(today)) {
      throw new VisitDataRefusedException("visit-date", "The visit date " + visitOn + " is in the future (today is " + today + ").",
          List.of(new EnrollmentError("visitOn", "cannot be in the future")));
    }
    if (visitOn.isBefore(p.enrolledOn())) {
      throw new VisitDataRefusedException("visit-date", "The visit date " + visitOn + " is before enrollment on " + p.enrolledOn() + ".",
          List.of(new EnrollmentError("visitOn", "cannot be before enrollment")));
    }
  }

  private VisitView view(String studyCode, Patient p, PatientVisit v, LocalDate today) {
    Map<String, InstrumentResponse> responses = new LinkedHashMap<>();
    visits.responses(v).forEach(r -> responses.put(r.instrument(), r));
    Optional<StudyProtocol> protocol = protocolOf(p);
    List<String> codes = new ArrayList<>(protocol.flatMap(pr -> instrumentsFor(pr, p, v.code())).orElse(List.of()));
    responses.keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
    List<VisitView.InstrumentData> data = codes.stream()
        .map(code -> instrumentData(code, protocol.map(pr -> pr.instruments().get(code)), responses.get(code))).toList();
    VisitStatus status = VisitStatus.of(v, today);
    return new VisitView(p.studyId(), v.code(), v.name(), v.targetOn(), v.opensOn(), v.closesOn(), status, status.label(),
        v.dataState(), v.visitOn().orElse(null), v.outOfWindow(), v.locked(), v.lockedBy().orElse(null), data,
        visits.contactAttempts(v).size(), v.version());
  }

  @SuppressWarnings("unchecked")
  private VisitView.InstrumentData instrumentData(String code, Optional<Instrument> ofVersion, InstrumentResponse r) {
    Instrument instrument = ofVersion.or(() -> protocols.lastLoad().instruments().find(code)).orElse(null);
    String name = instrument == null ? code : instrument.name();
    if (r == null) {
      return new VisitView.InstrumentData(code, name, false, 0, instrument == null ? 0 : instrument.items().size(), false,
          null, null, null, null, null, null, null, Map.of());
    }
    return new VisitView.InstrumentData(code, name, true, r.itemsAnswered(), r.itemCount(), r.scored(), r.total().orElse(null),
        r.percent().orElse(null), r.tScore().map(TScore::value).orElse(null),
        r.tScore().flatMap(TScore::standardError).orElse(null), r.headline(), r.riskGroup().orElse(null),
        r.band().orElse(null), JSON.fromJson(r.answersJson(), LinkedHashMap.class));
  }

  private static String scoreText(Score s) {
    return ScoreHeadline.of(s);
  }

  private static String scoreText(InstrumentResponse r) {
    return r.headline();
  }

  /** The protocol the patient follows; empty (and logged) when that version cannot be rebuilt, so views still show. */
  private Optional<StudyProtocol> protocolOf(Patient p) {
    try {
      return Optional.of(protocols.protocolOf(p.protocolVersion()));
    } catch (ProtocolVersionUnavailableException e) {
      LOG.warning(e::getMessage);
      return Optional.empty();
    }
  }

  private LocalDate today(String studyCode) {
    return calendar.today(studyCode);
  }

  static AuditSubject subject(Patient p, PatientVisit v) {
    return AuditSubject.of("visit", String.valueOf(v.id())).inStudy(p.study().code()).atSite(p.site().code());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
