package org.pragma.web.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.signature.SignatureRequest;
import org.pragma.signature.SignatureService;

/** Electronic signatures: list them (optionally for one signed content) and apply one. */
@Path("signatures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
@Tag(name = "Electronic signatures")
public class SignaturesResource {
  @EJB SignatureService signatures;

  @GET
  @Operation(summary = "Signatures, newest first; contentHash narrows to one signed content")
  public List<SignatureView> list(
      @QueryParam("contentHash") String contentHash, @QueryParam("max") @DefaultValue("100") int max) {
    return signatures.find(contentHash, max).stream().map(SignatureView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign content (by its SHA-256) as the caller, re-entering the password")
  @APIResponse(responseCode = "201", description = "Signed")
  @APIResponse(responseCode = "422", description = "Wrong password or locked account: nothing signed")
  public Response sign(@NotNull(message = "is required") @Valid SignatureRequest request) {
    return Response.status(Response.Status.CREATED).entity(SignatureView.of(signatures.sign(request))).build();
  }
}
