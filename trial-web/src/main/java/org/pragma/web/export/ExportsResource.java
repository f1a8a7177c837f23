package org.pragma.web.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.BadRequestException;
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
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.export.ExportService;
import org.pragma.export.ExportStatus;
import org.pragma.export.ExportView;
import org.pragma.security.Roles;

/** Analysis exports of a study: start one, follow it, list the history, download the zip. */
@Path("studies/{study}/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.STATISTICIAN})
public class ExportsResource {
  @EJB ExportService exports;

  /** An export as the API shows it, with its manifest as JSON. */
  public record ExportAnswer(long id, ExportStatus status, Integer percent, List<String> datasets, List<String> formats,
      String dates, String filters, String requestedBy, Instant requestedAt, Instant finishedAt, Instant snapshotAt,
      Map<String, Long> rows, Long fileBytes, String sha256, String message, String signedBy, Instant signedAt,
      JsonObject manifest) {
    static ExportAnswer of(ExportView v) {
      JsonObject manifest = null;
      if (v.manifest() != null) {
        try (JsonReader reader = Json.createReader(new StringReader(v.manifest()))) {
          manifest = reader.readObject();
        }
      }
      return new ExportAnswer(v.id(), v.status(), v.percent(), v.datasets(), v.formats(), v.dates(), v.filters(), v.requestedBy(),
          v.requestedAt(), v.finishedAt(), v.snapshotAt(), v.rows(), v.fileBytes(), v.sha256(), v.message(), v.signedBy(),
          v.signedAt(), manifest);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
  @Operation(summary = "Start an analysis export; it runs in the background",
      description = "datasets: patients, visits, utilization, sites, screening; formats: csv, xlsx; dates: relative (days from "
          + "enrollment) or actual (a limited dataset, data managers only); filters: sites, arms (codes), enrolledFrom, enrolledTo.")
  @APIResponse(responseCode = "202", description = "Started: the export's record, with Location to poll")
  @APIResponse(responseCode = "400", description = "Unknown datasets or formats, bad dates; every problem by field")
  @APIResponse(responseCode = "422", description = "Real dates asked by a role that may not have them")
  public Response start(@PathParam("study") String study, ExportBody body, @Context UriInfo uri) {
    if (body == null) {
      throw new BadRequestException("Send the export as JSON: {\"datasets\": [\"patients\"], \"formats\": [\"csv\"]}.");
    }
    ExportView view = exports.start(study, body.request()).view();
    URI location = uri.getBaseUriBuilder().path(ExportsResource.class).path("{id}").build(study, view.id());
    return Response.accepted(ExportAnswer.of(view)).location(location).build();
  }

  @GET
  @Operation(summary = "The study's exports, newest first")
  public List<ExportAnswer> list(@PathParam("study") String study) {
    return exports.exports(study).stream().map(ExportAnswer::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One export: status, progress while it runs, row counts, SHA-256 and manifest once done")
  @APIResponse(responseCode = "404", description = "No such export in the study")
  public ExportAnswer get(@PathParam("study") String study, @PathParam("id") long id) {
    return ExportAnswer.of(exports.view(study, id));
  }

  /** The body of a signature: the signer's password, entered again. */
  public record SignatureBody(String password) {}

  @POST
  @Path("{id}/signature")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DATA_MANAGER)
  @Operation(summary = "Sign a finished export as final (data managers, with their password again)",
      description = "The electronic signature (meaning: approval) covers the zip's SHA-256; an export is signed once.")
  @APIResponse(responseCode = "200", description = "Signed: the export with signer and time")
  @APIResponse(responseCode = "409", description = "The export is not finished, or is signed already")
  @APIResponse(responseCode = "422", description = "Wrong password or locked account; nothing signed")
  public ExportAnswer sign(@PathParam("study") String study, @PathParam("id") long id, SignatureBody body) {
    if (body == null || body.password() == null || body.password().isBlank()) {
      throw new org.pragma.shared.DomainException(org.pragma.shared.DomainException.Kind.INVALID, "password-required",
          "Enter your password to sign the export.");
    }
    return ExportAnswer.of(exports.sign(study, id, body.password()));
  }

  @GET
  @Path("{id}/file")
  @Produces("application/zip")
  @Operation(summary = "The export's zip: datasets, codebook, R/Stata/SAS import scripts and manifest.json")
  @APIResponse(responseCode = "404", description = "No such export in the study")
  @APIResponse(responseCode = "409", description = "The export is still running, or failed")
  public Response file(@PathParam("study") String study, @PathParam("id") long id) {
    java.nio.file.Path zip = exports.file(study, id);
    ExportView view = exports.view(study, id);
    return Response.ok(zip.toFile(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + view.fileName() + "\"").build();
  }
}
