package org.pragma.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.pragma.security.Caller;
import org.pragma.security.TokenService;
import org.pragma.security.UserService;

/**
 * How a request proves who sends it. Under {@code /api}: an {@code Authorization} header only,
 * either {@code Bearer <token>} from {@code POST /api/auth/token} or HTTP {@code Basic} — never a
 * cookie, so another site cannot make a browser send an authenticated API call (the REST CSRF
 * defence). Pages: the sign-in form ({@link LoginPage}) starts a session; each later request
 * re-reads the account, so deactivating or locking it takes effect at once. A user signed in with a
 * one-time password an admin set reaches only their account: pages redirect to "Choose your
 * password", the API answers 403 {@code password-change-required} (see {@link ApiChallenge}).
 */
@ApplicationScoped
public class PragmaAuthentication implements HttpAuthenticationMechanism {
  static final String SESSION_USER = "org.pragma.security.user";
  static final String LOGIN_PAGE = "/login.xhtml";
  /** Where a user signed in with a one-time password chooses their own (every other page redirects there). */
  static final String ACCOUNT_PAGE = "/account.xhtml";

  @Inject IdentityStoreHandler identityStores;
  @EJB TokenService tokens;
  @EJB UserService users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return api(request, response, context);
    }
    Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    Optional<Caller> caller = sessionCaller(request);
    if (caller.isPresent()) {
      if (caller.get().passwordChangeRequired() && !allowedBeforePasswordChange(request)) {
        return redirect(request, response, context, request.getContextPath() + ACCOUNT_PAGE);
      }
      return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }
    return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
  }

  private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return context.isProtected() && !isTokenEndpoint(request)
          ? ApiChallenge.send(response, "Sign in: send a bearer token or HTTP Basic credentials.")
          : context.doNothing();
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokens.resolve(header.substring(7).strip())
          .map(c -> apiCaller(request, response, context, c))
          .orElseGet(() -> ApiChallenge.send(response, "The bearer token is unknown or expired."));
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(header.substring(6).strip());
      CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(basic);
      Optional<Caller> caller = result.getStatus() == CredentialValidationResult.Status.VALID
          ? users.activeCaller(result.getCallerPrincipal().getName()) : Optional.empty();
      return caller.map(c -> apiCaller(request, response, context, c))
          .orElseGet(() -> ApiChallenge.send(response, "Wrong username or password, or the account is locked."));
    }
    return ApiChallenge.send(response, "Unsupported Authorization scheme: use Bearer or Basic.");
  }

  /** A caller with a one-time password may only reach their own account (to choose a password). */
  private static AuthenticationStatus apiCaller(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, Caller caller) {
    if (caller.passwordChangeRequired() && !isOwnAccount(request)) {
      return ApiChallenge.passwordChangeRequired(response);
    }
    return context.notifyContainerAboutLogin(caller.username(), caller.groups());
  }

  private static boolean isOwnAccount(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path != null && (path.equals("/account") || path.startsWith("/account/") || path.startsWith("/auth/"));
  }

  /** Pages a user with a one-time password may open: choosing a password, signing in, and what pages need. */
  private static boolean allowedBeforePasswordChange(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.equals(ACCOUNT_PAGE) || path.equals(LOGIN_PAGE) || path.equals("/error.xhtml")
        || path.startsWith("/jakarta.faces.resource") || path.startsWith("/resources");
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId(); // no session fixation: the signed-in session gets a new id
    request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  private Optional<Caller> sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
      return Optional.empty();
    }
    Optional<Caller> caller = users.activeCaller(username);
    if (caller.isEmpty()) {
      session.invalidate();
    }
    return caller;
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String next = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return redirect(request, response, context,
        request.getContextPath() + LOGIN_PAGE + "?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  /** Sends the browser to a page, also from an Ajax postback (the Faces client follows a partial-response redirect). */
  private static AuthenticationStatus redirect(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String url) {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
            .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + url + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        return AuthenticationStatus.SEND_FAILURE;
      }
    }
    return context.redirect(url);
  }

  /** Where credentials are exchanged for a token: open to callers who are not signed in yet. */
  private static boolean isTokenEndpoint(HttpServletRequest request) {
    return "/api".equals(request.getServletPath()) && "/auth/token".equals(request.getPathInfo());
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api");
  }

  /** The username and password of an HTTP Basic header, or null when it is not well formed. */
  static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
