package org.pragma.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B's own error when it reaches the resource unwrapped: a malformed body, 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
  @Override
  public Response toResponse(JsonbException e) {
    return MalformedBodyMapper.problem(e);
  }
}
