package org.pragma.web.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists each invalid field, item or file position
 * when there are several, and is absent otherwise.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, List<?> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final Response.StatusType UNPROCESSABLE = UnprocessableEntity.STATUS;
  private static final String TYPE_BASE = "urn:pragma:problem:";

  /** One invalid input: where it is and why it is wrong. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.StatusType status, String slug, String detail) {
    return new Problem(TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  /** A problem with the individual errors (items, answers, file positions) listed. */
  public static Problem of(Response.StatusType status, String slug, String detail, List<?> errors) {
    return new Problem(
        TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, errors.isEmpty() ? null : errors);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem(
        TYPE_BASE + "invalid-request", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
