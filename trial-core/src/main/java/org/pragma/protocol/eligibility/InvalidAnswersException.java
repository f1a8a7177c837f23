package org.pragma.protocol.eligibility;

import org.pragma.shared.DomainException;
import java.util.List;
import java.util.stream.Collectors;

/** Screening answers that cannot be evaluated; lists every problem so the form can show them all. */
public final class InvalidAnswersException extends DomainException {

  private final transient List<AnswerError> errors;

  public InvalidAnswersException(List<AnswerError> errors) {
    super(Kind.RULE, "invalid-screening-answers", errors.stream().map(e -> e.question() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }


  @Override
  public List<AnswerError> errors() {
    return errors;
  }
}
