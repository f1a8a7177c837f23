package org.pragma.web.spending;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.spending.PatientUtilization;
import org.pragma.spending.SpendingService;

/** A patient's spending and utilization (site scope, as every patient record). */
@Path("studies/{study}/patients/{patient}/utilization")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spending")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class PatientUtilizationResource {
  @EJB SpendingService spending;

  @GET
  @Operation(summary = "A patient's spending and utilization before (look-back) and in the 12 months after enrollment",
      description = "After enrollment: study days 0 to 364 (the enrollment day is day 0); before: the study's look-back, days -n to -1 (n = the study file's spending.lookBackDays, 365 when absent).")
  @APIResponse(responseCode = "404", description = "No such patient at the caller's sites")
  public PatientUtilization patient(@PathParam("study") String study, @PathParam("patient") String patient) {
    return spending.patient(study, patient);
  }
}
