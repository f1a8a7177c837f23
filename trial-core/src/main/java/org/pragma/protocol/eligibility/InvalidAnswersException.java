package org.pragma.protocol.eligibility;

import java.util.List;
import java.util.stream.Collectors;

/** Screening answers that cannot be evaluated; lists every problem so the form can show them all. */
public final class InvalidAnswersException extends RuntimeException {

  private final transient List<AnswerError> errors;

  public InvalidAnswersException(List<AnswerError> errors) {
    super(errors.stream().map(e -> e.question() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  /** Stable problem type slug for the REST problem document. */
  public String problemType() {
    return "invalid-screening-answers";
  }

  public List<AnswerError> errors() {
    return errors;
  }
}
