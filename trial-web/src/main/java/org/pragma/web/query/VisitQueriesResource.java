package org.pragma.web.query;

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
import org.pragma.query.DataQueryService;
import org.pragma.query.DataQueryView;
import org.pragma.security.Roles;

/** The data queries of one visit, as the visit's page shows them beside its data. */
@Path("studies/{study}/patients/{patient}/visits/{visit}/queries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
@Tag(name = "Data queries")
public class VisitQueriesResource {
  @EJB DataQueryService queries;

  @GET
  @Operation(summary = "The queries raised on this visit, oldest first, in every state")
  @APIResponse(responseCode = "404", description = "No such patient or visit, or not at the caller's sites")
  public List<DataQueryView> ofVisit(@PathParam("study") String study, @PathParam("patient") String patient,
      @PathParam("visit") String visit) {
    return queries.ofVisit(study, patient, visit);
  }
}
