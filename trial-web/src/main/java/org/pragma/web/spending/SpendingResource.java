package org.pragma.web.spending;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.spending.GroupUtilization;
import org.pragma.spending.PatientUtilization;
import org.pragma.spending.SpendingService;

/** Spending and utilization measures: per patient (site scope) and per site and arm. */
@Path("studies/{study}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spending")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SpendingResource {
  @EJB SpendingService spending;

  @GET
  @Path("patients/{patient}/utilization")
  @Operation(summary = "A patient's spending and utilization before (look-back) and in the 12 months after enrollment",
      description = "After enrollment: study days 0 to 364 (the enrollment day is day 0); before: the look-back days, -365 to -1.")
  @APIResponse(responseCode = "404", description = "No such patient at the caller's sites")
  public PatientUtilization patient(@PathParam("study") String study, @PathParam("patient") String patient) {
    return spending.patient(study, patient);
  }

  @GET
  @Path("spending")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER})
  @Operation(summary = "Spending and utilization per arm and per site: means, medians, services per 100 patients, share with any")
  public List<GroupUtilization> groups(@PathParam("study") String study) {
    return spending.byGroup(study);
  }
}
