package org.pragma.web.instrument;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.instrument.Score;
import org.pragma.protocol.ProtocolService;

@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments")
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class InstrumentsResource {
  @EJB ProtocolService protocols;

  /** A response to score: item code to the answer's value on the published scoring key. */
  public record Response(@NotNull(message = "is required: an object of item code to answer value") Map<String, Object> items) {}

  @GET
  @Operation(summary = "The instruments defined in protocols/instruments")
  public List<InstrumentView.Summary> list() {
    return protocols.instruments().stream().map(InstrumentView.Summary::of).toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One instrument's items, response options and scoring rule")
  @APIResponse(responseCode = "404", description = "No instrument has this code")
  public InstrumentView get(@PathParam("code") String code) {
    return InstrumentView.of(protocols.instrument(code));
  }

  @POST
  @Path("{code}/score")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Score a response",
      description = "Unanswered items are absent or null. Returns the total, percent or T-score where defined,"
          + " subscales, risk group, and which missing-item rule applied.")
  @APIResponse(responseCode = "200", description = "The scores")
  @APIResponse(responseCode = "404", description = "No instrument has this code")
  @APIResponse(responseCode = "422", description = "Unknown items or values outside the scoring key, each named")
  public Score score(@PathParam("code") String code, @NotNull(message = "is required") @Valid Response response) {
    return protocols.score(code, response.items());
  }
}
