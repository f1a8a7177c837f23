package org.pragma.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.pragma.shared.FreeText;
import org.pragma.shared.PlausibleDate;

/**
 * Bean-validation failures, with every invalid field named: 400 for a malformed request (missing
 * or badly formatted fields), 422 when the only problems are text the rules refuse (too long, control
 * characters: see {@link FreeText}) or dates no trial can mean ({@link PlausibleDate}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.isEmpty()
            ? "The request body is required."
            : errors.size() + " field(s) are invalid: see errors.";
    boolean onlyText = !e.getConstraintViolations().isEmpty() && e.getConstraintViolations().stream()
        .allMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof FreeText
            || v.getConstraintDescriptor().getAnnotation() instanceof PlausibleDate);
    if (onlyText) {
      return Problem.of(Problem.UNPROCESSABLE, "unacceptable-text", detail, errors).toResponse();
    }
    return Problem.invalid(detail, errors).toResponse();
  }

  /** The last named node of the path: {@code register.arg0.code} becomes {@code code}. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    String field = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        field = node.getName();
      }
    }
    return field;
  }
}
