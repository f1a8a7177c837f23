package org.pragma.query;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pragma.followup.PatientVisit;

/**
 * A question a data manager asks a clinic about one visit's data (optionally one field of it). The clinic
 * answers an open query; the data manager closes an open or answered query (resolved), or re-opens an answered
 * or closed one with a follow-up question, which the clinic answers again. Nothing is ever deleted: every step
 * is kept as a {@link QueryNote}, in order.
 */
@Entity
@Table(name = "data_query")
public class DataQuery {
  @Id
  @SequenceGenerator(name = "data_query_seq", sequenceName = "data_query_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_query_seq")
  private Long id;

  @Column(name = "study_id", nullable = false, updatable = false)
  private Long studyId;

  @Column(name = "site_id", nullable = false, updatable = false)
  private Long siteId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "visit_id", updatable = false)
  private PatientVisit visit;

  @Column(updatable = false, length = 200)
  private String field;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QueryStatus status;

  @Column(name = "raised_by", nullable = false, updatable = false, length = 100)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "data_query_note", joinColumns = @JoinColumn(name = "query_id"))
  @OrderColumn(name = "position")
  private List<QueryNote> notes = new ArrayList<>();

  @Version private long version;

  protected DataQuery() {}

  /** A new open query on the visit (and the field, when given) with its question. */
  public DataQuery(PatientVisit visit, String field, String question, String by, Instant at) {
    this.visit = visit;
    this.studyId = visit.patient().study().id();
    this.siteId = visit.patient().site().id();
    this.patientId = visit.patient().id();
    this.field = field == null || field.isBlank() ? null : field.strip();
    this.status = QueryStatus.OPEN;
    this.raisedBy = by;
    this.raisedAt = at;
    notes.add(new QueryNote(QueryStep.RAISED, question, by, at));
  }

  /** The clinic answers the open question (typically after correcting the data with a reason for change). */
  public void answer(String text, String by, Instant at) {
    step(QueryStep.ANSWERED, text, by, at);
  }

  /** The data manager resolves the query, answered or not (a query raised in error), with an optional note. */
  public void close(String note, String by, Instant at) {
    step(QueryStep.CLOSED, note, by, at);
  }

  /** The data manager is not satisfied (or new doubts came up): the query is open again with a follow-up question. */
  public void reopen(String followUp, String by, Instant at) {
    step(QueryStep.REOPENED, followUp, by, at);
  }

  private void step(QueryStep step, String text, String by, Instant at) {
    status = status.after(step);
    notes.add(new QueryNote(step, text, by, at));
  }

  /** The question the clinic is asked now: the latest follow-up, else the first question. */
  public String question() {
    for (int i = notes.size() - 1; i >= 0; i--) {
      if (notes.get(i).step() == QueryStep.RAISED || notes.get(i).step() == QueryStep.REOPENED) {
        return notes.get(i).text();
      }
    }
    return null;
  }

  /** The clinic's answer to the current question, if it has answered it. */
  public Optional<String> answer() {
    for (int i = notes.size() - 1; i >= 0; i--) {
      QueryStep step = notes.get(i).step();
      if (step == QueryStep.ANSWERED) {
        return Optional.ofNullable(notes.get(i).text());
      }
      if (step == QueryStep.RAISED || step == QueryStep.REOPENED) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public Long id() {
    return id;
  }

  public Long siteId() {
    return siteId;
  }

  public PatientVisit visit() {
    return visit;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public QueryStatus status() {
    return status;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public List<QueryNote> notes() {
    return List.copyOf(notes);
  }

  /** The optimistic-lock version: every step names the version it acts on. */
  public long version() {
    return version;
  }
}
