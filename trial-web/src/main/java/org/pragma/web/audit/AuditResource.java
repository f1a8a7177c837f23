package org.pragma.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.audit.AuditRow;
import org.pragma.audit.AuditTrail;
import org.pragma.audit.ChainVerification;
import org.pragma.protocol.ProtocolService;
import org.pragma.security.Roles;

/** The audit trail for monitors: search, CSV export and verification of the hash chain. */
@Path("audit")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
@Tag(name = "Audit trail")
public class AuditResource {
  @EJB AuditTrail trail;
  @EJB ProtocolService protocols;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Audit records matching the filters, newest first (max 1000 per page)")
  public List<AuditRow> search(@BeanParam AuditQuery query) {
    return trail.search(query.filter(), query.first, query.max);
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(summary = "Audit records matching the filters as CSV (UTF-8), newest first, at most 100000")
  public Response export(@BeanParam AuditQuery query) {
    List<AuditRow> rows = trail.search(query.filter(), 0, AuditTrail.MAX_PAGE);
    List<AuditRow> all = rows.size() < AuditTrail.MAX_PAGE ? rows : exportAll(query);
    StreamingOutput body =
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          AuditCsv.write(all, AuditLabels.of(protocols), w);
          w.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"pragma-audit.csv\"")
        .build();
  }

  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Verify the hash chain from the newest checkpoint (or from=0: the first record, or from an earlier"
      + " response's verifiedUpTo) for at most max records, and report the first broken link, if any; an intact"
      + " verification stores a checkpoint at verifiedUpTo, complete says it reached the end of the chain")
  public ChainVerification verify(@QueryParam("from") Long from, @QueryParam("max") @DefaultValue("200000") int max) {
    return trail.verify(from, max);
  }

  private List<AuditRow> exportAll(AuditQuery query) {
    java.util.ArrayList<AuditRow> all = new java.util.ArrayList<>();
    for (int first = 0; first < 100_000; first += AuditTrail.MAX_PAGE) {
      List<AuditRow> page = trail.search(query.filter(), first, AuditTrail.MAX_PAGE);
      all.addAll(page);
      if (page.size() < AuditTrail.MAX_PAGE) {
        break;
      }
    }
    return all;
  }
}
