package org.pragma.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pragma.shared.DomainException;

/** A rule the domain refused: 400, 404, 409 or 422 by its kind, with the domain's own message. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException e) {
    return Problem.of(statusOf(e.kind()), e.type(), e.getMessage(), e.errors()).toResponse();
  }

  static Response.StatusType statusOf(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID -> Status.BAD_REQUEST;
      case NOT_FOUND -> Status.NOT_FOUND;
      case CONFLICT -> Status.CONFLICT;
      case RULE -> UnprocessableEntity.STATUS;
    };
  }
}
