package org.pragma.web.study;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.pragma.protocol.ProtocolService;
import org.pragma.study.NewStudy;
import org.pragma.web.protocol.ProtocolVersionView;
import org.pragma.web.protocol.ProtocolView;
import org.pragma.security.Roles;
import org.pragma.study.Study;
import org.pragma.study.StudyChange;
import org.pragma.study.StudyService;

@Path("studies")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies")
public class StudiesResource {
  @EJB StudyService studies;
  @EJB ProtocolService protocols;

  @GET
  @Operation(summary = "List every study, by code")
  public List<StudyView> list() {
    return studies.overview().stream().map(StudyView::of).toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One study by its code, with its status (planning, randomized, enrolling, follow-up, closed)")
  @APIResponse(responseCode = "404", description = "No study has this code")
  public StudyView get(@PathParam("code") String code) {
    return StudyView.of(studies.overview(code));
  }

  @GET
  @Path("{code}/protocol")
  @Operation(summary = "The study's protocol in force: arms, interventions, schedules, eligibility")
  @APIResponse(responseCode = "404", description = "No valid protocol is loaded for this study")
  public ProtocolView protocol(@PathParam("code") String code) {
    return ProtocolView.of(code.toUpperCase(java.util.Locale.ROOT), protocols.visibleProtocol(code));
  }

  @GET
  @Path("{code}/protocol/versions")
  @Operation(summary = "Every recorded version of the study's protocol, oldest first (later ones are amendments)")
  public List<ProtocolVersionView> versions(@PathParam("code") String code) {
    return protocols.versions(code).stream().map(ProtocolVersionView::of).toList();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Correct a study's title or registry id, or close it (closed: true), with a reason; other statuses follow the trial")
  @APIResponse(responseCode = "400", description = "Invalid fields or no reason")
  @APIResponse(responseCode = "404", description = "No study has this code")
  public StudyView revise(@PathParam("code") String code, @NotNull(message = "is required") @Valid StudyChange change) {
    return StudyView.of(studies.overview(studies.revise(code, change).code()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Register a study (status PLANNING until its randomization is committed)")
  @APIResponse(responseCode = "201", description = "Registered; Location names the new study")
  @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
  @APIResponse(responseCode = "409", description = "The code is taken")
  public Response register(@NotNull(message = "is required") @Valid NewStudy request, @Context UriInfo uri) {
    Study study = studies.register(request);
    return Response.created(uri.getAbsolutePathBuilder().path(study.code()).build())
        .entity(StudyView.of(studies.overview(study.code())))
        .build();
  }
}
