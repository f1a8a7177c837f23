package org.pragma.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.security.UserService;

/** The caller's own account: who they are, and changing their password. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Account")
public class AccountResource {
  /** The current password and the new one. */
  public record PasswordChange(@NotNull(message = "is required") String currentPassword, @NotNull(message = "is required") String newPassword) {}

  /** Who is calling, as the server sees it. */
  public record Me(String username, List<String> roles) {}

  @EJB UserService users;

  @GET
  @Operation(summary = "The signed-in user and their roles")
  public Me me(@Context SecurityContext security) {
    String name = security.getUserPrincipal().getName();
    List<String> roles =
        users.activeCaller(name).map(c -> c.roles().stream().map(Enum::name).sorted().toList()).orElse(List.of());
    return new Me(name, roles);
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change your own password, confirming the current one")
  public Response changePassword(@NotNull(message = "is required") @Valid PasswordChange change) {
    users.changeOwnPassword(change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }
}
