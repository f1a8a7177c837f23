package org.pragma.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.TokenService;
import org.pragma.web.problem.Problem;

/** Bearer tokens for scripts and tools: exchange a username and password for a token. */
@Path("auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {
  /** The credentials to exchange. */
  public record Credentials(String username, String password) {}

  @EJB TokenService tokens;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Issue a bearer token for a username and password")
  @APIResponse(responseCode = "200", description = "The token and when it expires")
  @APIResponse(responseCode = "401", description = "Wrong username or password, or the account is locked")
  public Response issue(Credentials credentials) {
    if (credentials == null || credentials.username() == null || credentials.password() == null) {
      return Problem.invalid("username and password are required.", java.util.List.of()).toResponse();
    }
    return tokens.issue(credentials.username(), credentials.password())
        .map(t -> Response.ok(t).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.UNAUTHORIZED,
                        "unauthenticated",
                        "Wrong username or password, or the account is locked.")
                    .toResponse());
  }

  @DELETE
  @PermitAll
  @Operation(summary = "Revoke the bearer token sent in the Authorization header")
  @APIResponse(responseCode = "204", description = "The token no longer works")
  public Response revoke(@HeaderParam("Authorization") String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7).strip());
    }
    return Response.noContent().build();
  }
}
