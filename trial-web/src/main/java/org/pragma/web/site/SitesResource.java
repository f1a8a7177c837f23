package org.pragma.web.site;

import org.pragma.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.pragma.site.NewSite;
import org.pragma.site.Site;
import org.pragma.site.SiteService;

@Path("studies/{study}/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SitesResource {
  @EJB SiteService sites;
  @EJB AllocationService allocation;

  @GET
  @Operation(summary = "The study's sites with their covariates and, once randomized, their arm")
  public List<SiteView> list(@PathParam("study") String study) {
    return sites.of(study).stream().map(this::view).toList();
  }

  @GET
  @Path("{site}")
  @Operation(summary = "One site")
  @APIResponse(responseCode = "404", description = "No such site in the study")
  public SiteView get(@PathParam("study") String study, @PathParam("site") String site) {
    return view(sites.byCode(study, site));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a planned site with its cluster covariates")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "409", description = "The study already has a site with this code")
  public Response register(@PathParam("study") String study, @NotNull(message = "is required") @Valid NewSite request, @Context UriInfo uri) {
    Site site = sites.register(study, request);
    return Response.created(uri.getAbsolutePathBuilder().path(site.code()).build()).entity(view(site)).build();
  }

  @POST
  @Path("{site}/activation")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Open the site for enrollment")
  public SiteView activate(@PathParam("study") String study, @PathParam("site") String site) {
    return view(sites.activate(study, site));
  }

  private SiteView view(Site site) {
    return SiteView.of(site, allocation.armOf(site).orElse(null));
  }
}
