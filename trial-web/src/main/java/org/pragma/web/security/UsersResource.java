package org.pragma.web.security;

import org.pragma.security.PasswordReset;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.NewUser;
import org.pragma.security.Roles;
import org.pragma.security.UserAccount;
import org.pragma.security.UserChange;
import org.pragma.security.UserService;

/** User accounts, roles and site assignments, for admins. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users")
public class UsersResource {
  @EJB UserService users;
  @Inject Clock clock;

  @GET
  @Operation(summary = "Every user, by username")
  public List<UserView> list() {
    return users.all().stream().map(u -> UserView.of(u, clock.instant())).toList();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One user")
  public UserView get(@PathParam("username") String username) {
    return UserView.of(users.byUsername(username), clock.instant());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user with roles and site assignments")
  public Response create(@NotNull(message = "is required") @Valid NewUser request, @Context UriInfo uri) {
    UserAccount user = users.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build())
        .entity(UserView.of(user, clock.instant()))
        .build();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change name, roles, sites or active state; unlock; with a reason")
  public UserView update(@PathParam("username") String username, @NotNull(message = "is required") @Valid UserChange change) {
    return UserView.of(users.update(username, change), clock.instant());
  }

  @PUT
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a new password for a user (also unlocks the account)")
  public Response resetPassword(@PathParam("username") String username, @NotNull(message = "is required") @Valid PasswordReset reset) {
    users.resetPassword(username, reset.password(), reset.reason());
    return Response.noContent().build();
  }
}
