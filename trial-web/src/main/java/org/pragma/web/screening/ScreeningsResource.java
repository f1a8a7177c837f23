package org.pragma.web.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.screening.NewScreening;
import org.pragma.screening.ScreeningCorrection;
import org.pragma.screening.ScreeningRecord;
import org.pragma.screening.ScreeningService;
import org.pragma.security.Roles;

@Path("studies/{study}/sites/{site}/screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DATA_MANAGER, Roles.ADMIN})
@Tag(name = "Screening")
public class ScreeningsResource {
  @EJB ScreeningService screening;

  @GET
  @Operation(summary = "The site's screening log, newest first")
  @APIResponse(responseCode = "404", description = "No such site, or not one of the caller's sites")
  public List<ScreeningRecord> log(@PathParam("study") String study, @PathParam("site") String site) {
    return screening.log(study, site);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Screen a patient: the protocol's rules decide eligibility; the screening is kept either way")
  @APIResponse(responseCode = "201", description = "Recorded; eligible or not, with every failed criterion's reason")
  @APIResponse(responseCode = "404", description = "No such site, or not one of the caller's sites")
  @APIResponse(responseCode = "422", description = "Answers that cannot be evaluated, each named")
  public Response screen(@PathParam("study") String study, @PathParam("site") String site,
      @NotNull(message = "is required") @Valid NewScreening request) {
    return Response.status(Response.Status.CREATED).entity(screening.screen(study, site, request)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a screening's answers with a reason; the rules are evaluated again and the change audited")
  @APIResponse(responseCode = "404", description = "No such screening at this site")
  @APIResponse(responseCode = "409", description = "The patient is enrolled and the corrected answers would make them ineligible")
  public ScreeningRecord correct(@PathParam("study") String study, @PathParam("site") String site, @PathParam("id") long id,
      @NotNull(message = "is required") @Valid ScreeningCorrection correction) {
    return screening.correct(study, site, id, correction);
  }

  @PUT
  @Path("{id}/non-enrollment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that an eligible patient was not enrolled: DECLINED, or OTHER_REASON with a note")
  @APIResponse(responseCode = "404", description = "No such screening at this site")
  @APIResponse(responseCode = "409", description = "The patient is enrolled, or the screening changed since it was read")
  @APIResponse(responseCode = "422", description = "The screening found the patient ineligible")
  public ScreeningRecord notEnrolled(@PathParam("study") String study, @PathParam("site") String site, @PathParam("id") long id,
      @NotNull(message = "is required") @Valid org.pragma.screening.NotEnrolled request) {
    return screening.notEnrolled(study, site, id, request);
  }

  @POST
  @Path("{id}/non-enrollment/undo")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Undo a recorded non-enrollment (the patient changed their mind), with the reason")
  @APIResponse(responseCode = "404", description = "No such screening at this site")
  @APIResponse(responseCode = "409", description = "Nothing recorded, the patient is enrolled, or the screening changed since it was read")
  public ScreeningRecord undoNotEnrolled(@PathParam("study") String study, @PathParam("site") String site, @PathParam("id") long id,
      @NotNull(message = "is required") @Valid org.pragma.screening.NonEnrollmentUndo request) {
    return screening.undoNotEnrolled(study, site, id, request);
  }
}
