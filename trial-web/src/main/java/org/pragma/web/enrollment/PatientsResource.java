package org.pragma.web.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.audit.AuditRow;
import org.pragma.enrollment.PatientRecord;
import org.pragma.enrollment.PatientService;
import org.pragma.enrollment.StatusChange;
import org.pragma.followup.ReasonedChange;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.pragma.security.Roles;
import org.pragma.web.PageParameters;

/** One patient by study ID: the record, its audit history, and status changes. */
@Path("studies/{study}/patients/{patient}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Enrollment")
public class PatientsResource {
  @EJB PatientService patients;
  @EJB org.pragma.followup.FollowUpService followUp;

  @GET
  @Operation(summary = "The patient: status, arm, package, protocol version, consent, schedule and data")
  @APIResponse(responseCode = "404", description = "No such patient, or not at one of the caller's sites")
  public PatientRecord get(@PathParam("study") String study, @PathParam("patient") String patient) {
    return patients.get(study, patient);
  }

  @GET
  @Path("history")
  @Operation(summary = "The patient's audit history, newest first: the patient, their screening, visits, visit data"
      + " and contact attempts", description = PageParameters.DESCRIPTION)
  @APIResponse(responseCode = "200", description = "One page of the history",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditRow.class)),
      headers = {@Header(name = PageParameters.TOTAL, description = "Audit rows about the patient in all",
              schema = @Schema(type = SchemaType.INTEGER)),
          @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, when there are")})
  @APIResponse(responseCode = "400", description = "page or size not a whole number in range")
  @APIResponse(responseCode = "404", description = "No such patient, or not at one of the caller's sites")
  public Response history(@PathParam("study") String study, @PathParam("patient") String patient,
      @BeanParam PageParameters page, @Context UriInfo uri) {
    return PageParameters.answer(patients.history(study, patient, page.request()), uri);
  }

  @POST
  @Path("status")
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdrawal, loss to follow-up or death (or return from loss to follow-up), with date and reason")
  @APIResponse(responseCode = "409", description = "The current status does not allow this change, or the date is wrong")
  public PatientRecord changeStatus(@PathParam("study") String study, @PathParam("patient") String patient,
      @NotNull(message = "is required") @Valid StatusChange change) {
    return patients.changeStatus(study, patient, change);
  }

  @POST
  @Path("unreachable")
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark the patient unreachable (value true) or reachable again (false), with the reason")
  public Response unreachable(@PathParam("study") String study, @PathParam("patient") String patient,
      @NotNull(message = "is required") @Valid ReasonedChange change) {
    if (change.value() == null) {
      String message = "is required: true (unreachable) or false (reachable again)";
      throw new jakarta.ws.rs.BadRequestException(org.pragma.web.problem.Problem.invalid("1 field(s) are invalid: see errors.",
          List.of(new org.pragma.web.problem.Problem.FieldError("value", message))).toResponse());
    }
    followUp.markUnreachable(study, patient, change.value(), change.reason());
    return Response.noContent().build();
  }
}
