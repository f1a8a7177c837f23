package org.pragma.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The API's refusals before any resource runs: 401 with the schemes a client may use, or 403, as problem documents. */
final class ApiChallenge {
  private ApiChallenge() {}

  static AuthenticationStatus send(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Pragma\", Basic realm=\"Pragma\", charset=\"UTF-8\"");
    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Unauthorized", detail);
  }

  /**
   * The caller proved who they are, but signed in with a one-time password an admin set: 403 (not
   * 401: the credentials are right, and a client that retried them would get the same answer) until
   * they choose their own with {@code PUT /api/account/password}.
   */
  static AuthenticationStatus passwordChangeRequired(HttpServletResponse response) {
    return problem(response, HttpServletResponse.SC_FORBIDDEN, "password-change-required", "Forbidden",
        "Your password was set by an administrator and works only to choose your own: PUT /api/account/password"
            + " with it as currentPassword and your new password, then call again.");
  }

  private static AuthenticationStatus problem(HttpServletResponse response, int status, String type, String title, String detail) {
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"urn:pragma:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
              + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
