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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.WorklistRow;
import org.pragma.security.Roles;

/** The coordinator's worklist. */
@Path("studies/{study}/worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Follow-up")
public class WorklistResource {
  @EJB FollowUpService followUp;

  @GET
  @Operation(summary = "Visits at the caller's sites whose window is open, due in the next N days, or overdue")
  public List<WorklistRow> worklist(@PathParam("study") String study,
      @Parameter(description = "Days ahead (default 14)") @QueryParam("days") Integer days,
      @Parameter(description = "As of this date (ISO) instead of today") @QueryParam("on") LocalDate on) {
    return followUp.worklist(study, days, on);
  }
}
