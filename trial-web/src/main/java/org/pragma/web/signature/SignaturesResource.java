package org.pragma.web.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.signature.SignatureService;

/**
 * Electronic signatures, listed (optionally for one signed content). A signature is applied only by the
 * action it signs (a randomization commit, a visit lock), with a subject the server derives, so no
 * request can create a look-alike entry.
 */
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
}
