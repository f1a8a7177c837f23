package org.pragma.web.query;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pragma.followup.VisitDataService;
import org.pragma.followup.VisitView;
import org.pragma.protocol.ProtocolService;
import org.pragma.query.DataQueryService;
import org.pragma.query.DataQueryView;
import org.pragma.query.NewQuery;
import org.pragma.query.QueryClosing;
import org.pragma.query.QueryReply;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;

/**
 * The data queries of the visit page: each query beside the visit's data with its conversation; the clinic's
 * coordinator answers an open one, the data manager raises, closes and re-opens them. Each row's button shows
 * what happened beside itself.
 */
@Named
@ViewScoped
public class VisitQueries implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RAISE = "entry:raiseQuery";
  private static final Form RAISE_FORM = Form.at(RAISE).field("question", "entry:queryQuestion", "Question")
      .field("field", "entry:queryField", "Data queried");

  @EJB private transient DataQueryService queries;
  @EJB private transient VisitDataService visitData;
  @EJB private transient ProtocolService protocols;
  @jakarta.inject.Inject private org.pragma.protocol.StudyCalendar calendar;

  private String study;
  private java.time.ZoneId zone;
  private String patient;
  private String visit;
  private List<DataQueryView> list = List.of();
  private final Map<Long, String> texts = new HashMap<>();
  private List<SelectItem> fields = List.of();
  private String field = "";
  private String question = "";

  /** Reads the visit's queries once the visit page has its parameters; the visit page reports a missing visit. */
  public void load(String study, String patient, String visit) {
    this.study = study;
    this.patient = patient;
    this.visit = visit;
    try {
      zone = calendar.zone(study);
      refresh();
      fields = fieldsOf(visitData.visit(study, patient, visit));
    } catch (DomainException e) {
      list = List.of();
    }
  }

  public void raise() {
    try {
      queries.raise(study, new NewQuery(patient, visit, field, question));
      question = "";
      field = "";
      refresh();
      Messages.done(RAISE, "Query raised: the clinic sees it on this visit and in its list of queries.");
    } catch (DomainException e) {
      Messages.refused(e, RAISE_FORM);
    } catch (EJBException e) {
      Messages.invalid(e, RAISE_FORM);
    }
  }

  public void answer(DataQueryView q) {
    step(q, "Answer", "Answer sent: the data manager will close the query or ask again.",
        () -> queries.answer(study, q.id(), new QueryReply(texts.get(q.id()), q.version())));
  }

  public void close(DataQueryView q) {
    step(q, "Closing note", "Query closed.", () -> queries.close(study, q.id(), new QueryClosing(texts.get(q.id()), q.version())));
  }

  public void reopen(DataQueryView q) {
    step(q, "Follow-up question", "Query re-opened: the clinic sees the follow-up question.",
        () -> queries.reopen(study, q.id(), new QueryReply(texts.get(q.id()), q.version())));
  }

  /**
   * Runs one step of a row's query. A refusal shows beside the row's text (what is missing) or its button (a query
   * someone else moved on: reload and try again); what was done shows under the table, as the row changes.
   */
  private void step(DataQueryView q, String textLabel, String done, Runnable call) {
    String button = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
    String row = button == null ? "entry:queries:" : button.substring(0, button.lastIndexOf(':') + 1);
    Form form = Form.at(button).field("text", row + "text", textLabel).field("note", row + "text", textLabel);
    try {
      call.run();
      texts.remove(q.id());
      refresh();
      Messages.done("entry:queries", done);
    } catch (DomainException e) {
      Messages.refused(e, form);
    } catch (EJBException e) {
      Messages.invalid(e, form);
    }
  }

  /** The unresolved queries about one instrument of the visit (or its items), for its panel. */
  public List<DataQueryView> about(String instrument) {
    return list.stream().filter(q -> q.status().unresolved() && q.field() != null
        && (q.field().equals(instrument) || q.field().startsWith(instrument + "."))).toList();
  }

  /** What a query is about, as people read it: "Whole visit", "Visit date", "ODI", "ODI item odi3". */
  public String fieldLabel(String code) {
    if (code == null) {
      return "Whole visit";
    }
    return fields.stream().filter(f -> code.equals(f.getValue())).map(SelectItem::getLabel).findFirst().orElse(code);
  }

  private void refresh() {
    list = queries.ofVisit(study, patient, visit);
  }

  private List<SelectItem> fieldsOf(VisitView view) {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", "Whole visit"));
    items.add(new SelectItem("visitOn", "Visit date"));
    for (VisitView.InstrumentData i : view.instruments()) {
      items.add(new SelectItem(i.code(), i.name() + " (" + i.code() + ")"));
      protocols.instrument(i.code()).items().forEach(item -> items.add(new SelectItem(i.code() + "." + item.code(),
          i.code() + " · " + QueryFields.shortText(item.text()))));
    }
    return items;
  }

  /** How many of the visit's queries are not closed. */
  public long getUnresolved() {
    return list.stream().filter(q -> q.status().unresolved()).count();
  }

  /** The clinic's coordinators answer queries (data managers and admins raise, close and re-open them). */
  public boolean isCoordinator() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(org.pragma.security.Roles.COORDINATOR);
  }

  public List<DataQueryView> getList() {
    return list;
  }

  public Map<Long, String> getTexts() {
    return texts;
  }

  public List<SelectItem> getFields() {
    return fields;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getStudy() {
    return study;
  }

  /** The study's clinics' time zone, in which the conversation's times show. */
  public java.time.ZoneId getZone() {
    return zone;
  }
}
