package org.pragma.web.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.followup.digest.DigestReport;
import org.pragma.followup.digest.VisitDigest;
import org.pragma.security.Roles;

/** Scheduled jobs an admin may run by hand (they still run at most once per day). */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Follow-up")
public class JobsResource {
  @EJB VisitDigest digest;

  @POST
  @Path("visit-digest")
  @Operation(summary = "Send the daily digest of due and overdue visits of a day (today at each study's clinics by default)"
      + " to every coordinator who does not have it yet")
  public List<DigestReport> visitDigest(
      @Parameter(description = "Only this study (every study by default)") @QueryParam("study") String study,
      @QueryParam("on") LocalDate on,
      @Parameter(description = "Send again to everyone, even those who already got the day's digest") @QueryParam("again") boolean again) {
    return digest.runFor(study == null || study.isBlank() ? null : study.strip(), on, again);
  }
}
