package org.pragma.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The 401 answer of the API: a problem document and the schemes a client may use. */
final class ApiChallenge {
  private ApiChallenge() {}

  static AuthenticationStatus send(HttpServletResponse response, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Pragma\", Basic realm=\"Pragma\", charset=\"UTF-8\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write(
              "{\"type\":\"urn:pragma:problem:unauthenticated\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                  + detail.replace("\"", "'")
                  + "\"}");
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
