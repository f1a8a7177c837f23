package org.pragma.web.protocol;

import org.pragma.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.protocol.ProtocolReport;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.web.problem.Problem;

@Path("protocols")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocols")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class ProtocolsResource {
  private static final String ZIP = "application/zip";

  @EJB ProtocolService protocols;

  /** The outcome of the last load and every error, file by file. */
  public record Status(List<LoadView> studies, List<ValidationError> errors) {}

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER})
  @Operation(summary = "Each study folder of the protocols in force: loaded, or rejected with its errors")
  public Status status() {
    var set = protocols.loadReport();
    return new Status(set.loads().stream().map(LoadView::of).toList(), set.errors());
  }

  @POST
  @Path("reload")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  @Operation(summary = "Read and validate the protocols again; records a new version for each changed study")
  public ProtocolReport reload() {
    return protocols.reload();
  }

  @POST
  @Path("validate")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
  @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Validate an uploaded protocol folder (a zip of study folders); stores nothing",
      description = "200 when every study in the zip is valid; 422 with every error (file, line, column, message, hint) otherwise.")
  @APIResponse(responseCode = "400", description = "Not a readable zip, too large, or no study.yaml")
  @APIResponse(responseCode = "422", description = "The errors, each with file, line and column")
  public Response validate(InputStream zip) {
    List<LoadView> loads = protocols.validate(zip).stream().map(LoadView::of).toList();
    List<ValidationError> errors = loads.stream().flatMap(l -> l.errors().stream()).toList();
    if (errors.isEmpty()) {
      return Response.ok(loads).build();
    }
    return Problem.of(
            Problem.UNPROCESSABLE,
            "invalid-protocol",
            errors.size() + " error(s) in the uploaded protocol; nothing was loaded. See errors.",
            errors)
        .toResponse();
  }
}
