package org.pragma.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that cannot be read as the JSON the endpoint expects (bad syntax, wrong field types):
 * 400, never 500. Jersey reports these as a {@link ProcessingException} around JSON-B's error.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {
  static final String DETAIL =
      "The request body is not valid JSON for this endpoint; check its syntax and field types.";

  @Override
  public Response toResponse(ProcessingException e) {
    return problem();
  }

  static Response problem() {
    return Problem.of(Response.Status.BAD_REQUEST, "malformed-request", DETAIL).toResponse();
  }
}
