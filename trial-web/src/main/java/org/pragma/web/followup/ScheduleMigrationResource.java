package org.pragma.web.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.followup.MigrationRequest;
import org.pragma.followup.ScheduleMigration;
import org.pragma.followup.ScheduleMigrationService;
import org.pragma.security.Roles;

/** Moving patients enrolled under earlier protocol versions to the schedule in force, after an amendment. */
@Path("studies/{study}/schedule-migration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
@Tag(name = "Follow-up")
public class ScheduleMigrationResource {
  @EJB ScheduleMigrationService migrations;

  @GET
  @Operation(summary = "Preview: every visit that would move or be added for patients under earlier protocol versions")
  public ScheduleMigration preview(@PathParam("study") String study) {
    return migrations.preview(study);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply the migration (audited with the reason); visits with data keep their dates")
  public ScheduleMigration apply(@PathParam("study") String study, @NotNull(message = "is required") @Valid MigrationRequest request) {
    return migrations.apply(study, request.reason());
  }
}
