package org.pragma.query;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.PatientService;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.VisitDataService;
import org.pragma.followup.VisitNotFoundException;
import org.pragma.followup.VisitView;
import org.pragma.followup.Visits;
import org.pragma.protocol.ProtocolService;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;

/**
 * The data query workflow: a data manager (or an admin) raises a query on a visit, the coordinator of the
 * visit's clinic answers it, the data manager closes it or re-opens it with a follow-up. Every step names the
 * version it read (409 otherwise) and is audited in the same transaction. Scope as for the patient data the
 * query is about: a coordinator sees and answers only their clinics' queries, anything else is "not found".
 * Investigators and statisticians do not read queries: their text is free text about a named patient's records
 * and may hold identifying details the investigators' views never show; the dashboard gives them the counts.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
public class DataQueryService {
  private static final Logger LOG = Logger.getLogger(DataQueryService.class.getName());

  @EJB PatientService patients;
  @EJB SiteService sites;
  @EJB VisitDataService visitData;
  @EJB ProtocolService protocols;
  @Inject Visits visits;
  @Inject DataQueries queries;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;

  /** The queries at the caller's clinics of the study, or at one of them, in these states (all when empty); oldest first. */
  public List<DataQueryView> list(String studyCode, String siteCode, java.util.Set<QueryStatus> states) {
    List<Site> scoped = siteCode == null || siteCode.isBlank() ? sites.of(studyCode) : List.of(sites.byCode(studyCode, siteCode));
    return queries.at(scoped, states).stream().map(DataQueryView::of).toList();
  }

  /** The queries of one visit of a patient the caller may see. */
  public List<DataQueryView> ofVisit(String studyCode, String studyId, String visitCode) {
    return queries.of(visit(patients.patient(studyCode, studyId), visitCode)).stream().map(DataQueryView::of).toList();
  }

  public DataQueryView query(String studyCode, long id) {
    return DataQueryView.of(find(studyCode, id));
  }

  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  public DataQueryView raise(String studyCode, @NotNull @Valid NewQuery raised) {
    Patient p = patients.patient(studyCode, raised.patient());
    PatientVisit visit = visit(p, raised.visit());
    checkField(studyCode, p, raised);
    DataQuery q = new DataQuery(visit, raised.field(), raised.question(), currentUser.name(), clock.instant());
    queries.add(q);
    queries.flush();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("patient", p.studyId());
    values.put("visit", visit.code());
    values.put("field", q.field().orElse(null));
    values.put("status", q.status());
    values.put("question", q.question());
    audit.created(subject(q), values);
    LOG.info(() -> "Query " + q.id() + " raised on visit " + visit.code() + " of " + p.studyId());
    return DataQueryView.of(q);
  }

  /** The clinic's answer to the open question. */
  @RolesAllowed(Roles.COORDINATOR)
  public DataQueryView answer(String studyCode, long id, @NotNull @Valid QueryReply reply) {
    DataQuery q = current(studyCode, id, reply.version());
    QueryStatus before = q.status();
    q.answer(reply.text(), currentUser.name(), clock.instant());
    return stepped(q, before, "answer", reply.text(), "Query answered by the clinic");
  }

  /** The data manager resolves the query. */
  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  public DataQueryView close(String studyCode, long id, @NotNull @Valid QueryClosing closing) {
    DataQuery q = current(studyCode, id, closing.version());
    QueryStatus before = q.status();
    q.close(closing.note(), currentUser.name(), clock.instant());
    return stepped(q, before, "closingNote", closing.note(), "Query closed as resolved");
  }

  /** The data manager asks again: the query is open for the clinic with the follow-up question. */
  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  public DataQueryView reopen(String studyCode, long id, @NotNull @Valid QueryReply followUp) {
    DataQuery q = current(studyCode, id, followUp.version());
    QueryStatus before = q.status();
    q.reopen(followUp.text(), currentUser.name(), clock.instant());
    return stepped(q, before, "question", followUp.text(), "Query re-opened with a follow-up question");
  }

  private DataQueryView stepped(DataQuery q, QueryStatus before, String field, String text, String why) {
    audit.changed(subject(q), Changes.of().field("status", before, q.status()).field(field, null, text), why);
    queries.flush();
    LOG.info(() -> "Query " + q.id() + " " + before + " -> " + q.status());
    return DataQueryView.of(q);
  }

  /** The query at the version the caller read, or 409; outside the caller's clinics it does not exist. */
  private DataQuery current(String studyCode, long id, long version) {
    DataQuery q = find(studyCode, id);
    if (q.version() != version) {
      throw new QueryChangedException(id);
    }
    return q;
  }

  private DataQuery find(String studyCode, long id) {
    DataQuery q = queries.byId(id).orElseThrow(() -> new QueryNotFoundException(studyCode, id));
    Patient p = q.visit().patient();
    if (!p.study().code().equalsIgnoreCase(studyCode)) {
      throw new QueryNotFoundException(studyCode, id);
    }
    if (!currentUser.scope().coversSite(p.study().code(), p.site().code())) {
      currentUser.refused("query", studyCode + "/" + id);
      throw new QueryNotFoundException(studyCode, id);
    }
    return q;
  }

  private PatientVisit visit(Patient p, String visitCode) {
    return visits.of(p, visitCode).orElseThrow(() -> new VisitNotFoundException(p.studyId(), visitCode));
  }

  /** A field is the visit date, one of the visit's instruments, or one item of it. */
  private void checkField(String studyCode, Patient p, NewQuery raised) {
    String field = raised.field() == null ? "" : raised.field().strip();
    if (field.isEmpty() || field.equals("visitOn")) {
      return;
    }
    VisitView view = visitData.visit(studyCode, p.studyId(), raised.visit());
    String instrument = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
    String item = field.contains(".") ? field.substring(field.indexOf('.') + 1) : null;
    boolean known = view.instruments().stream().anyMatch(i -> i.code().equals(instrument))
        && (item == null || protocols.instrument(instrument).items().stream().anyMatch(it -> it.code().equals(item)));
    if (!known) {
      List<String> codes = view.instruments().stream().map(VisitView.InstrumentData::code).toList();
      throw new QueryRefusedException("field", "is not data of this visit: give visitOn, an instrument ("
          + String.join(", ", codes) + ") or one of its items (such as " + (codes.isEmpty() ? "ODI" : codes.get(0)) + ".<item>)",
          "The query names data visit " + raised.visit() + " does not collect; nothing was saved.");
    }
  }

  private static AuditSubject subject(DataQuery q) {
    Patient p = q.visit().patient();
    return AuditSubject.of("query", String.valueOf(q.id())).inStudy(p.study().code()).atSite(p.site().code());
  }
}
