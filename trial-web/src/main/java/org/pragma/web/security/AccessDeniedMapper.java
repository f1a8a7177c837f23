package org.pragma.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pragma.web.problem.Problem;

/** A signed-in caller whose role does not allow the service call: 403, as a problem document. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
  @Override
  public Response toResponse(EJBAccessException e) {
    return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Your role does not allow this.").toResponse();
  }
}
