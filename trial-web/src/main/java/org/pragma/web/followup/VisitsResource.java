package org.pragma.web.followup;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.followup.ContactAttemptView;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.LockRequest;
import org.pragma.followup.NewContactAttempt;
import org.pragma.followup.ReasonedChange;
import org.pragma.followup.VisitDataService;
import org.pragma.followup.VisitEntry;
import org.pragma.followup.VisitView;
import org.pragma.security.Roles;

/** A patient's schedule and visit data (e.g. for an ePRO front end), locks and contact attempts. */
@Path("studies/{study}/patients/{patient}/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Follow-up")
public class VisitsResource {
  @EJB VisitDataService data;
  @EJB FollowUpService followUp;

  @GET
  @Operation(summary = "The patient's visits with target dates, windows and status")
  public List<VisitView> schedule(@PathParam("study") String study, @PathParam("patient") String patient,
      @Parameter(description = "Status as of this date (ISO); today in the study's time zone by default") @QueryParam("on") LocalDate on) {
    return data.schedule(study, patient, on);
  }

  @GET
  @Path("{visit}")
  @Operation(summary = "One visit with its instruments, answers and scores")
  @APIResponse(responseCode = "404", description = "No such patient or visit")
  public VisitView visit(@PathParam("study") String study, @PathParam("patient") String patient, @PathParam("visit") String visit) {
    return data.visit(study, patient, visit);
  }

  @PUT
  @Path("{visit}")
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit the visit's outcome data; partial data are saved as incomplete; changes need a reason")
  @APIResponse(responseCode = "409", description = "The visit is locked, or not in the protocol version the patient follows")
  @APIResponse(responseCode = "422", description = "Answers out of range, wrong instrument, date in the future, missing reason")
  public VisitView record(@PathParam("study") String study, @PathParam("patient") String patient, @PathParam("visit") String visit,
      @NotNull(message = "is required") @Valid VisitEntry entry) {
    return data.record(study, patient, visit, entry);
  }

  @POST
  @Path("{visit}/lock")
  @RolesAllowed(Roles.DATA_MANAGER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lock a completed visit with the data manager's e-signature")
  public VisitView lock(@PathParam("study") String study, @PathParam("patient") String patient, @PathParam("visit") String visit,
      @NotNull(message = "is required") @Valid LockRequest request) {
    return data.lock(study, patient, visit, request.password(), request.meaning());
  }

  @POST
  @Path("{visit}/unlock")
  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Unlock a visit (audited with the reason)")
  public VisitView unlock(@PathParam("study") String study, @PathParam("patient") String patient, @PathParam("visit") String visit,
      @NotNull(message = "is required") @Valid ReasonedChange request) {
    return data.unlock(study, patient, visit, request.reason());
  }

  @GET
  @Path("{visit}/contacts")
  @Operation(summary = "Contact attempts for the visit, newest first")
  public List<ContactAttemptView> contacts(@PathParam("study") String study, @PathParam("patient") String patient,
      @PathParam("visit") String visit) {
    return followUp.contacts(study, patient, visit);
  }

  @POST
  @Path("{visit}/contacts")
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a contact attempt (date, method, outcome, note)")
  @APIResponse(responseCode = "201", description = "Recorded")
  public Response contact(@PathParam("study") String study, @PathParam("patient") String patient, @PathParam("visit") String visit,
      @NotNull(message = "is required") @Valid NewContactAttempt attempt) {
    return Response.status(Response.Status.CREATED).entity(followUp.recordContact(study, patient, visit, attempt)).build();
  }
}
