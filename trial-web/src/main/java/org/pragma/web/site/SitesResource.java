package org.pragma.web.site;

import org.pragma.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.allocation.AllocationService;
import org.pragma.site.NewSite;
import org.pragma.site.Site;
import org.pragma.site.SiteChange;
import org.pragma.site.SiteService;
import org.pragma.site.imports.SiteFileFormat;
import org.pragma.site.imports.SiteFileReader;

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

  @PUT
  @Path("{site}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a site's record; every changed field is audited with the reason")
  @APIResponse(responseCode = "409", description = "The site is randomized and the change touches its stratum or covariates")
  @APIResponse(responseCode = "422", description = "A covariate the study file does not name, or a value of the wrong type")
  public SiteView change(@PathParam("study") String study, @PathParam("site") String site,
      @NotNull(message = "is required") @Valid SiteChange change) {
    return view(sites.change(study, site, change));
  }

  @POST
  @Path("{site}/closure")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close the site for good (planned or active); the reason is audited")
  @APIResponse(responseCode = "409", description = "The site is already closed")
  public SiteView close(@PathParam("study") String study, @PathParam("site") String site,
      @NotNull(message = "is required") @Valid SiteClosure closure) {
    return view(sites.close(study, site, closure.reason()));
  }

  @POST
  @Path("import")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({SiteFileFormat.CSV_TYPE, SiteFileFormat.XLSX_TYPE})
  @Operation(
      summary = "Register many planned sites from a CSV or XLSX file, all or none",
      description = "First row: code,name,healthSystem,location,stratum,enrollmentTarget and one column per covariate of the "
          + "study file (any case and order; code and name required). At most 5 MB and 2000 rows.")
  @APIResponse(responseCode = "201", description = "Every site registered; the list of them")
  @APIResponse(responseCode = "400", description = "Empty, too large, or not readable as CSV/XLSX")
  @APIResponse(responseCode = "422", description = "Bad rows, each as {row, column, message}; nothing was imported")
  public Response importFile(@PathParam("study") String study, @HeaderParam("Content-Type") String type, InputStream file,
      @Context UriInfo uri) {
    SiteFileFormat format = SiteFileFormat.ofMediaType(type).orElseThrow(NotSupportedException::new);
    List<SiteView> imported = sites.importFile(study, format, file).stream().map(this::view).toList();
    return Response.created(uri.getBaseUriBuilder().path(SitesResource.class).build(study)).entity(imported).build();
  }

  @GET
  @Path("template.csv")
  @RolesAllowed(Roles.ADMIN)
  @Produces(SiteFileFormat.CSV_TYPE)
  @Operation(summary = "An empty site file for the study: the header row, with its covariate columns")
  public Response template(@PathParam("study") String study) {
    String header = String.join(",", SiteFileReader.header(sites.covariateRules(study))) + "\r\n";
    return Response.ok(header)
        .header("Content-Disposition", "attachment; filename=\"" + study.toLowerCase(Locale.ROOT) + "-sites.csv\"")
        .build();
  }

  private SiteView view(Site site) {
    return SiteView.of(site, allocation.armOf(site).orElse(null));
  }
}
