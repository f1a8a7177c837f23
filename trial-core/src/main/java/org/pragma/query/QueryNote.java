package org.pragma.query;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step of a query's conversation: the question, an answer, the closing note or a follow-up, by whom and when. */
@Embeddable
public class QueryNote {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private QueryStep step;

  @Column(name = "note", updatable = false, length = 2000)
  private String text;

  @Column(name = "written_by", nullable = false, updatable = false, length = 100)
  private String writtenBy;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected QueryNote() {}

  QueryNote(QueryStep step, String text, String writtenBy, Instant writtenAt) {
    this.step = step;
    this.text = text == null || text.isBlank() ? null : text.strip();
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
  }

  public QueryStep step() {
    return step;
  }

  /** The text written at this step; null for a closing without a note. */
  public String text() {
    return text;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
