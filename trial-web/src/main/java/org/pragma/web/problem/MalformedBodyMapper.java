package org.pragma.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that cannot be read as the JSON the endpoint expects (bad syntax, wrong field types):
 * 400, never 500. Jersey reports these as a {@link ProcessingException} around JSON-B's error;
 * when JSON-B says which property it could not read, the problem names that field.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {
  static final String DETAIL =
      "The request body is not valid JSON for this endpoint; check its syntax and field types.";
  private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

  @Override
  public Response toResponse(ProcessingException e) {
    return RequestSizeLimit.TooLarge.in(e).orElseGet(() -> problem(e));
  }

  static Response problem() {
    return Problem.of(Response.Status.BAD_REQUEST, "malformed-request", DETAIL).toResponse();
  }

  /** The problem for {@code e}, naming the innermost field JSON-B could not read, if it says. */
  static Response problem(Throwable e) {
    Problem.FieldError error = fieldError(e);
    if (error == null) {
      return problem();
    }
    return Problem.of(Response.Status.BAD_REQUEST, "malformed-request",
        "The request body has a value that does not fit its field: " + error.field() + " " + error.message() + ".",
        List.of(error)).toResponse();
  }

  static Problem.FieldError fieldError(Throwable e) {
    String field = null;
    String message = "is not a valid value for this field";
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StrictJson.Unfit) {
        message = t.getMessage();
      }
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      while (m.find()) {
        field = m.group(1);
      }
    }
    return field == null ? null : new Problem.FieldError(field, message);
  }
}
