package org.pragma.web.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (unknown path, wrong method, unsupported media type, unreadable
 * body) keep their status but become problem documents instead of the server's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    if (e.getResponse().hasEntity()) {
      return e.getResponse();
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    if (e instanceof NotFoundException) {
      return Problem.of(status, "not-found", "No resource at this address.").toResponse();
    }
    if (status.getStatusCode() == 400) {
      return Problem.of(status, "malformed-request", MalformedBodyMapper.DETAIL).toResponse();
    }
    return Problem.of(status, "http-" + status.getStatusCode(), status.getReasonPhrase() + ".")
        .toResponse();
  }
}
