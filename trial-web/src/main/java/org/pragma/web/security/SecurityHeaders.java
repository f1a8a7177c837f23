package org.pragma.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages get a second Content-Security-Policy beside the
 * script-nonce policy PrimeFaces writes in CSP mode ({@code primefaces.CSP}); browsers enforce
 * both, so this one adds framing, plugin, base and form-target limits without touching scripts.
 * The API gets a policy that allows nothing, since it never serves a page.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
  static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = request.getServletPath().startsWith("/api");
    response.addHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!request.getServletPath().startsWith("/jakarta.faces.resource")) {
      response.setHeader("Cache-Control", "no-store"); // pages and API answers may hold trial data
    }
    chain.doFilter(request, response);
  }
}
