package org.pragma.query;

import java.time.Instant;
import java.util.List;

/**
 * A data query as its readers see it: where it is (site, patient's study ID, visit and field), its state, the
 * current question and answer, and every step in order; {@code version} is what the next step must name.
 */
public record DataQueryView(long id, String study, String site, String patient, String visit, String visitName,
    String field, QueryStatus status, String question, String answer, String raisedBy, Instant raisedAt,
    List<Note> notes, long version) {

  public DataQueryView {
    notes = List.copyOf(notes);
  }

  /** One step of the conversation. */
  public record Note(QueryStep step, String text, String by, Instant at) {}

  static DataQueryView of(DataQuery q) {
    var patient = q.visit().patient();
    return new DataQueryView(q.id(), patient.study().code(), patient.site().code(), patient.studyId(), q.visit().code(),
        q.visit().name(), q.field().orElse(null), q.status(), q.question(), q.answer().orElse(null), q.raisedBy(),
        q.raisedAt(), q.notes().stream().map(n -> new Note(n.step(), n.text(), n.writtenBy(), n.writtenAt())).toList(),
        q.version());
  }
}
