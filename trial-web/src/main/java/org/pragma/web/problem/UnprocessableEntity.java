package org.pragma.web.problem;

import jakarta.ws.rs.core.Response;

/** HTTP 422, which JAX-RS 3.1's {@code Response.Status} does not name. */
final class UnprocessableEntity implements Response.StatusType {
  static final Response.StatusType STATUS = new UnprocessableEntity();

  private UnprocessableEntity() {}

  @Override
  public int getStatusCode() {
    return 422;
  }

  @Override
  public Response.Status.Family getFamily() {
    return Response.Status.Family.CLIENT_ERROR;
  }

  @Override
  public String getReasonPhrase() {
    return "Unprocessable Content";
  }
}
