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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.spending.GroupUtilization;
import org.pragma.spending.SpendingService;

/** Spending and utilization per arm and per site (statisticians, data managers and admins). */
@Path("studies/{study}/spending")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spending")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SpendingResource {
  @EJB SpendingService spending;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER})
  @Operation(summary = "Spending and utilization per arm and per site: means, medians, services per 100 patients, share with any")
  public List<GroupUtilization> groups(@PathParam("study") String study) {
    return spending.byGroup(study);
  }
}
