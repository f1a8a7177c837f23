package org.pragma.web.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.WorklistRow;
import org.pragma.security.Roles;
import org.pragma.web.PageParameters;

/** The coordinator's worklist. */
@Path("studies/{study}/worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Follow-up")
public class WorklistResource {
  @EJB FollowUpService followUp;

  @GET
  @Operation(summary = "Visits at the caller's sites whose window is open, due in the next N days, or overdue",
      description = PageParameters.DESCRIPTION)
  @APIResponse(responseCode = "200", description = "One page of the worklist",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WorklistRow.class)),
      headers = {@Header(name = PageParameters.TOTAL, description = "Rows in the whole worklist",
              schema = @Schema(type = SchemaType.INTEGER)),
          @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, when there are")})
  @APIResponse(responseCode = "400", description = "page or size not a whole number in range, or on not a date")
  public Response worklist(@PathParam("study") String study,
      @Parameter(description = "Days ahead (default 14)") @QueryParam("days") Integer days,
      @Parameter(description = "As of this date (ISO) instead of today") @QueryParam("on") LocalDate on,
      @BeanParam PageParameters page, @Context UriInfo uri) {
    return PageParameters.answer(followUp.worklist(study, days, on, page.request()), uri);
  }
}
