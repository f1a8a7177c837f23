package org.pragma.web.spending;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.security.Roles;
import org.pragma.shared.DomainException;
import org.pragma.spending.ClaimsRefusedException;
import org.pragma.spending.ClaimsImportView;
import org.pragma.spending.ClaimsService;
import org.pragma.spending.ImportStatus;

/** Claims and billing extracts: upload (CSV or XLSX), import history, an import's outcome and errors. */
@Path("studies/{study}/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spending")
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
public class ClaimsResource {
  /** How long an upload's answer waits for its import before answering 202 with where to look. */
  static final long WAIT_SECONDS = 60;

  @EJB ClaimsService claims;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a claims file (multipart: file, source; for a corrected file also replaces and reason)",
      description = "The file is CSV (UTF-8) or XLSX; the source's saved column mapping reads it (at a source's first upload: "
          + "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu). All lines import or none.")
  @APIResponse(responseCode = "201", description = "Imported: the import's record with per-category totals")
  @APIResponse(responseCode = "200", description = "This file was imported from this source before: that import, nothing added")
  @APIResponse(responseCode = "202", description = "Still importing after a minute: the record, with Location to poll")
  @APIResponse(responseCode = "422", description = "Bad lines, each as {row, column, message}; nothing was imported")
  public Response upload(@PathParam("study") String study, List<EntityPart> parts, @Context UriInfo uri) {
    // The parts are read from the list, not with @FormParam: Jersey answers an absent optional
    // @FormParam part with a NullPointerException (eclipse-ee4j/jersey#5902).
    EntityPart file = part(parts, "file");
    String source = text(part(parts, "source"));
    String reason = text(part(parts, "reason"));
    Long replaces = number(part(parts, "replaces"));
    if (file == null) {
      throw new BadRequestException("Send the claims file as the multipart part 'file'.");
    }
    if (source == null || source.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, "claims-source-required",
          "Name the data source (multipart part 'source'), e.g. 'BCBS extract': its column mapping reads the file.");
    }
    String fileName = file.getFileName().orElse("claims.csv");
    ClaimsService.Upload upload;
    try (InputStream content = file.getContent()) {
      upload = claims.upload(study, source, fileName, content, replaces, reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    URI location = uri.getBaseUriBuilder().path(ClaimsResource.class).path("{id}").build(study, upload.view().id());
    if (upload.view().alreadyImported()) {
      return Response.ok(upload.view()).location(location).build();
    }
    try {
      upload.run().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return Response.accepted(claims.view(study, upload.view().id())).location(location).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.accepted(claims.view(study, upload.view().id())).location(location).build();
    } catch (ExecutionException e) {
      // the job records its own failure on the import; the record below says what happened
    }
    ClaimsImportView done = claims.view(study, done(upload));
    if (done.status() == ImportStatus.REFUSED) {
      throw new ClaimsRefusedException(claims.errors(study, done.id()), done.errorCount());
    }
    if (done.status() == ImportStatus.FAILED) {
      return Response.serverError().entity(done).location(location).build();
    }
    return Response.created(location).entity(done).build();
  }

  private static EntityPart part(List<EntityPart> parts, String name) {
    return parts == null ? null : parts.stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
  }

  private static String text(EntityPart part) {
    if (part == null) {
      return null;
    }
    try {
      return part.getContent(String.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Long number(EntityPart part) {
    String text = text(part);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new DomainException(DomainException.Kind.INVALID, "invalid-replaces",
          "'replaces' must be the id of the import the file corrects, a whole number; was '" + text.strip() + "'.");
    }
  }

  private static long done(ClaimsService.Upload upload) {
    return upload.view().id();
  }

  @GET
  @Operation(summary = "The study's claims imports, newest first")
  public List<ClaimsImportView> list(@PathParam("study") String study) {
    return claims.imports(study);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One import: status (with progress while it runs), counts and per-category totals")
  @APIResponse(responseCode = "404", description = "No such import in the study")
  public ClaimsImportView get(@PathParam("study") String study, @PathParam("id") long id) {
    return claims.view(study, id);
  }

  @GET
  @Path("sources")
  @Operation(summary = "The study's claims data sources with their column mappings")
  public List<ClaimsSourceView> sources(@PathParam("study") String study) {
    return claims.sources(study).stream().map(ClaimsSourceView::of).toList();
  }

  @PUT
  @Path("sources/{source}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a data source or save its column mapping (send the version read, to detect concurrent edits)",
      description = "mapping: the header of the column holding each field (studyId, or recordNumber and site; serviceDate; "
          + "category and/or procedureCode; units; allowedAmount, paidAmount, standardizedAmount; rvu; spineRelated) and priceBasis "
          + "(ALLOWED, PAID or STANDARDIZED: which amount is the source's spending figure).")
  @APIResponse(responseCode = "400", description = "A mapping that cannot find patients, dates, categories or the amount")
  @APIResponse(responseCode = "409", description = "Someone saved the source since the version sent")
  public ClaimsSourceView saveSource(@PathParam("study") String study, @PathParam("source") String source, ClaimsSourceView body) {
    if (body == null || body.mapping() == null) {
      throw new DomainException(DomainException.Kind.INVALID, "claims-mapping-required", "Send the source's mapping.");
    }
    return ClaimsSourceView.of(claims.saveSource(study, source, body.mapping(), body.version()));
  }

  @GET
  @Path("{id}/errors.csv")
  @Produces("text/csv")
  @Operation(summary = "A refused import's error report: file, row, column, problem")
  public Response errors(@PathParam("study") String study, @PathParam("id") long id) {
    ClaimsImportView view = claims.view(study, id);
    String csv = ClaimsErrorReport.csv(view.fileName(), claims.errors(study, id));
    return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"claims-import-" + id + "-errors.csv\"").build();
  }
}
