package org.pragma.web.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.enrollment.Enrolled;
import org.pragma.enrollment.EnrollmentService;
import org.pragma.enrollment.NewEnrollment;
import org.pragma.enrollment.PatientService;
import org.pragma.enrollment.PatientStatus;
import org.pragma.enrollment.PatientSummary;
import org.pragma.security.Roles;
import org.pragma.web.PageParameters;

/** Enrollment at a site and the site's patient list ("My site"). */
@Path("studies/{study}/sites/{site}/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Enrollment")
public class SitePatientsResource {
  /** Set on a 200 answer to a retried enrollment: the patient already existed. */
  public static final String REPLAYED = "Idempotent-Replayed";

  @EJB EnrollmentService enrollment;
  @EJB PatientService patients;

  @GET
  @Operation(summary = "The site's patients by study ID; names only for the site's own coordinators and admins",
      description = PageParameters.DESCRIPTION)
  @APIResponse(responseCode = "200", description = "One page of the site's patients",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PatientSummary.class)),
      headers = {@Header(name = PageParameters.TOTAL, description = "Patients the search matches in all",
              schema = @Schema(type = SchemaType.INTEGER)),
          @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, when there are")})
  @APIResponse(responseCode = "400", description = "page or size not a whole number in range")
  @APIResponse(responseCode = "404", description = "No such site, or not one of the caller's sites")
  public Response list(@PathParam("study") String study, @PathParam("site") String site,
      @Parameter(description = "Part of a study ID; where identifiers are visible also a whole record number or an"
          + " exact family name (accents and case ignored)") @QueryParam("q") String query,
      @QueryParam("status") PatientStatus status, @BeanParam PageParameters page, @Context UriInfo uri) {
    return PageParameters.answer(patients.of(study, site, query, status, page.request()), uri);
  }

  @POST
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enroll an eligible, consented patient: study ID, the site's arm, protocol version, baseline, schedule")
  @APIResponse(responseCode = "201", description = "Enrolled")
  @APIResponse(responseCode = "200", description = "A retry with an idempotency key already used for this screening: the patient enrolled then")
  @APIResponse(responseCode = "404", description = "No such site, or not one of the caller's sites")
  @APIResponse(responseCode = "409", description = "Already enrolled: the screening, the record number at this site, or a reused key")
  @APIResponse(responseCode = "422", description = "Site not randomized or not active, ineligible screening, consent or baseline missing or invalid")
  public Response enroll(@PathParam("study") String study, @PathParam("site") String site,
      @Parameter(description = "Client-chosen key of this submission; a retry with the same key creates no second patient")
          @HeaderParam("Idempotency-Key") String key,
      @NotNull(message = "is required") @Valid NewEnrollment request, @Context UriInfo uri) {
    Enrolled done = enrollment.enroll(study, site, request, key);
    String studyId = done.patient().studyId();
    if (done.replayed()) {
      return Response.ok(patients.get(study, studyId)).header(REPLAYED, "true").build();
    }
    return Response.created(uri.getBaseUriBuilder().path("studies").path(study).path("patients").path(studyId).build())
        .entity(patients.get(study, studyId)).build();
  }
}
