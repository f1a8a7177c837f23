package org.pragma.web.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * JSON bodies nested deeper than {@value #MAX_DEPTH} levels are refused before JSON-B reads them:
 * its parser recurses once per level, and 50,000 levels overflow the thread's stack (a 500 from
 * the server, not from Pragma). No Pragma request nests more than a few levels.
 */
@Provider
public class JsonDepthLimit implements ReaderInterceptor {
  static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (depth(body) > MAX_DEPTH) {
      throw new BadRequestException(Problem.of(Response.Status.BAD_REQUEST, "malformed-request",
          "The request body is JSON nested more than " + MAX_DEPTH + " levels deep; no request of this API needs that.")
          .toResponse());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
  }

  /** The deepest nesting of arrays and objects in {@code json}, ignoring brackets inside strings. */
  static int depth(byte[] json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return deepest;
  }
}
