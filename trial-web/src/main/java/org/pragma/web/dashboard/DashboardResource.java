package org.pragma.web.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.dashboard.Dashboard;
import org.pragma.dashboard.DashboardFilter;
import org.pragma.dashboard.DashboardService;
import org.pragma.security.Roles;

/** The investigators' dashboard of a study as JSON, with the CONSORT flow counts under {@code consort}. */
@Path("studies/{study}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Dashboard")
public class DashboardResource {
  @EJB DashboardService dashboards;

  @GET
  @Operation(summary = "Enrollment against target, screening funnel, follow-up and the CONSORT flow of a study,"
      + " at the caller's sites, narrowed by arm, site and screening/enrollment dates")
  public Dashboard dashboard(@PathParam("study") String study, @QueryParam("arm") String arm,
      @QueryParam("site") String site, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    return dashboards.dashboard(study, new DashboardFilter(arm, site, from, to));
  }

  @GET
  @Path("consort.svg")
  @Produces("image/svg+xml")
  @Operation(summary = "The CONSORT flow diagram for cluster trials of the same figures, as SVG")
  public Response consortSvg(@PathParam("study") String study, @QueryParam("arm") String arm,
      @QueryParam("site") String site, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    ConsortDiagram diagram = ConsortDiagram.of(dashboard(study, arm, site, from, to).consort(), ConsortDiagram.Links.NONE);
    return Response.ok(diagram.svg(), "image/svg+xml")
        .header("Content-Disposition", "attachment; filename=\"consort-" + study + ".svg\"").build();
  }

  @GET
  @Path("consort.png")
  @Produces("image/png")
  @Operation(summary = "The CONSORT flow diagram for cluster trials of the same figures, as PNG")
  public Response consortPng(@PathParam("study") String study, @QueryParam("arm") String arm,
      @QueryParam("site") String site, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    ConsortDiagram diagram = ConsortDiagram.of(dashboard(study, arm, site, from, to).consort(), ConsortDiagram.Links.NONE);
    return Response.ok(ConsortPng.of(diagram), "image/png")
        .header("Content-Disposition", "attachment; filename=\"consort-" + study + ".png\"").build();
  }
}
