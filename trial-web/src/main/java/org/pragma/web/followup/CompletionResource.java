package org.pragma.web.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.followup.CompletionCount;
import org.pragma.followup.FollowUpService;
import org.pragma.security.Roles;

/** Follow-up completion of a study, for dashboards and exports. */
@Path("studies/{study}/completion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Follow-up")
public class CompletionResource {
  @EJB FollowUpService followUp;

  @GET
  @Operation(summary = "Visits completed in window, out of window, missed and pending, by site, arm and visit")
  public List<CompletionCount> completion(@PathParam("study") String study, @QueryParam("on") LocalDate on) {
    return followUp.completion(study, on);
  }
}
