package org.pragma.followup;

import java.util.List;
import org.pragma.shared.DomainException;
import org.pragma.shared.ImplausibleDateException.FieldProblem;

/** A patient-list filter naming no arm or visit of the study, an outcome without its visit, or a date range ending before it starts: every such problem at once. */
public class PatientFilterException extends DomainException {
  private final List<FieldProblem> problems;

  public PatientFilterException(List<FieldProblem> problems) {
    super(Kind.INVALID, "invalid-patient-filter",
        String.join(" ", problems.stream().map(FieldProblem::message).toList()));
    this.problems = List.copyOf(problems);
  }

  @Override
  public List<FieldProblem> errors() {
    return problems;
  }
}
