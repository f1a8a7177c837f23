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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.ConsortOutcome;
import org.pragma.followup.ListedPatient;
import org.pragma.followup.PatientFilter;
import org.pragma.followup.PatientFilterException;
import org.pragma.followup.StudyPatientsService;
import org.pragma.security.Roles;
import org.pragma.shared.ImplausibleDateException.FieldProblem;
import org.pragma.web.PageParameters;

/** The study's patients across the caller's clinics: the lists behind the dashboard's CONSORT counts. */
@Path("studies/{study}/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Follow-up")
public class StudyPatientsResource {
  @EJB StudyPatientsService patients;

  @GET
  @Operation(summary = "The study's patients at the caller's clinics by study ID, narrowed by clinic, arm, status,"
      + " enrollment dates and a visit's CONSORT outcome (as the dashboard counts it); study data only",
      description = PageParameters.DESCRIPTION)
  @APIResponse(responseCode = "200", description = "One page of the patients",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ListedPatient.class)),
      headers = {@Header(name = PageParameters.TOTAL, description = "Patients the filter matches in all",
              schema = @Schema(type = SchemaType.INTEGER)),
          @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, when there are")})
  @APIResponse(responseCode = "400", description = "An unknown arm, visit, status or outcome, an outcome without a visit,"
      + " a date range ending before it starts, or page/size out of range")
  @APIResponse(responseCode = "404", description = "No such study or clinic, or not one of the caller's")
  public Response list(@PathParam("study") String study, @QueryParam("site") String site, @QueryParam("arm") String arm,
      @Parameter(description = "ENROLLED, WITHDRAWN, LOST_TO_FOLLOW_UP or DIED") @QueryParam("status") String status,
      @Parameter(description = "A visit code of the schedule") @QueryParam("visit") String visit,
      @Parameter(description = "With visit: COMPLETED, MISSED, LOST, WITHDRAWN, DIED or PENDING") @QueryParam("outcome") String outcome,
      @Parameter(description = "Enrolled on or after") @QueryParam("from") LocalDate from,
      @Parameter(description = "Enrolled on or before") @QueryParam("to") LocalDate to,
      @BeanParam PageParameters page, @Context UriInfo uri) {
    List<FieldProblem> problems = new ArrayList<>();
    PatientStatus s = blank(status) ? null : Arrays.stream(PatientStatus.values())
        .filter(x -> x.name().equalsIgnoreCase(status.strip())).findFirst().orElse(null);
    if (!blank(status) && s == null) {
      problems.add(new FieldProblem("status", "There is no patient status " + status.strip() + "."));
    }
    ConsortOutcome o = blank(outcome) ? null : ConsortOutcome.parse(outcome).orElse(null);
    if (!blank(outcome) && o == null) {
      problems.add(new FieldProblem("outcome", "There is no visit outcome " + outcome.strip() + "."));
    }
    if (!problems.isEmpty()) {
      throw new PatientFilterException(problems);
    }
    return PageParameters.answer(patients.list(study, new PatientFilter(site, arm, s, visit, o, from, to), page.request()), uri);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
