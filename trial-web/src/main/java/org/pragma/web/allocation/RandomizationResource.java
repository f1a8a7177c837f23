package org.pragma.web.allocation;

import org.pragma.allocation.CommitRequest;
import org.pragma.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.CommittedDraw;
import org.pragma.allocation.Draw;
import org.pragma.allocation.OutcomeTestResult;
import org.pragma.allocation.OutcomeTestService;

@Path("studies/{study}/randomizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Randomization")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class RandomizationResource {
  @EJB AllocationService allocation;
  @EJB OutcomeTestService outcomeTest;

  @GET
  @Path("cptest")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  @Operation(summary = "Clustered permutation test (cvcrand's cptest) of an outcome over the committed constrained space, with the"
      + " arm means; statisticians and administrators only (investigators stay blind to outcomes by arm)")
  @APIResponse(responseCode = "422", description = "Not randomized by a constrained method in one wave, or an arm has no patient with the outcome")
  public OutcomeTestResult cptest(@PathParam("study") String study, @Valid @jakarta.ws.rs.BeanParam OutcomeQuery outcome) {
    return outcomeTest.test(study, outcome.choice());
  }

  @GET
  @Path("cptest/outcomes")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  @Operation(summary = "The outcomes the permutation test can be run on: each instrument at each visit, and its change from baseline")
  public List<OutcomeTestService.OutcomeOption> cptestOutcomes(@PathParam("study") String study) {
    return outcomeTest.options(study);
  }


  @POST
  @Path("preview")
  @RolesAllowed(Roles.STATISTICIAN)
  @Operation(summary = "Dry run on the sites not yet randomized, with a throw-away seed; stores nothing")
  @APIResponse(responseCode = "422", description = "Too few sites, a missing or constant covariate, or another input the engine refuses")
  public Draw preview(@PathParam("study") String study) {
    return allocation.preview(study);
  }

  @POST
  @RolesAllowed(Roles.STATISTICIAN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Randomize the sites not yet randomized, once: fresh seed, recorded and signed draw, locked arms")
  @APIResponse(responseCode = "201", description = "Committed; Location names the wave's report")
  @APIResponse(responseCode = "409", description = "Every site is already randomized")
  @APIResponse(responseCode = "422", description = "Wrong password, or the sites cannot be randomized")
  public Response commit(@PathParam("study") String study, @NotNull(message = "is required") @Valid CommitRequest signature, @Context UriInfo uri) {
    Draw draw = allocation.commit(study, signature.password(), signature.meaning());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(draw.wave())).build()).entity(draw).build();
  }

  @GET
  @Operation(summary = "Every committed wave with its recorded draw, content hash, who and when")
  public List<CommittedDraw> committed(@PathParam("study") String study) {
    return allocation.committed(study);
  }

  @GET
  @Path("{wave}")
  @Operation(summary = "One committed wave's report")
  @APIResponse(responseCode = "404", description = "No such wave")
  public CommittedDraw wave(@PathParam("study") String study, @PathParam("wave") int wave) {
    return allocation.committed(study, wave);
  }

  @GET
  @Path("{wave}/sites.csv")
  @Produces("text/csv")
  @Operation(summary = "The wave's sites and covariate values as the command line reads them, to reproduce the draw")
  public Response sitesCsv(@PathParam("study") String study, @PathParam("wave") int wave) {
    Draw draw = allocation.wholeWave(study, wave).draw();
    return Response.ok(SitesCsv.of(draw))
        .header("Content-Disposition", "attachment; filename=\"" + AllocationService.sitesCsvName(study, wave) + "\"")
        .build();
  }
}
